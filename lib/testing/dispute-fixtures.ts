// Test support: residents with billed stays (paid through pay-later, or left to pay), and their disputes.
import { eq } from "drizzle-orm";
import { parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { afterBilling } from "@/lib/parking/after-billing";
import { createDispute } from "@/lib/parking/disputes";
import type { ComputeFee } from "@/lib/parking/fee";
import { ingestGateEvents } from "@/lib/parking/gate-events";
import { bindPlate } from "@/lib/parking/plates";
import { signAgreement } from "@/lib/payments/payment-agreement";
import { inProcessPayments } from "./in-process-payments";
import { gateEvent, HOUR, licensedPlate, testFee, uniquePlate } from "./parking-fixtures";
import { createTestUser } from "./test-users";

const DAY = 24 * HOUR;

/** The test tariff, with one breakdown line carrying the whole fee (so lines add up as real quotes do). */
export const linedFee: ComputeFee = (lot, stay) => {
  const { feeFen } = testFee(lot, stay);
  return { feeFen, breakdown: [{ kind: "test", amountFen: feeFen, labelKey: "test.line", values: {} }] };
};

/** A resident with a bound plate; with pay-later their bills are debited at once (and paid). */
export async function disputingResident(db: Db, now: Date, options: { payLater: boolean }) {
  const userId = await createTestUser(db, "en");
  const plate = uniquePlate();
  await bindPlate(db, userId, licensedPlate(plate), new Date(now.getTime() - 30 * DAY));
  if (options.payLater) await signAgreement(db, userId, now);
  return { userId, plate };
}

/** A stay of `hours` ending at `exit`, billed and — with pay-later — debited and settled; its id. */
export async function billedStay(db: Db, plate: string, exit: Date, hours = 3): Promise<string> {
  const pay = inProcessPayments(db, () => exit);
  const result = await ingestGateEvents(
    db,
    [
      gateEvent(plate, "entry", new Date(exit.getTime() - (hours * HOUR - 60_000))),
      gateEvent(plate, "exit", exit),
    ],
    { now: exit, computeFee: linedFee },
  );
  await afterBilling(db, pay.provider, { paymentIds: result.paymentIds, billedStayIds: [] });
  await pay.settle();
  return result.billedStayIds[0]!;
}

/** A billed stay with an open dispute; returns both ids. */
export async function disputedStay(
  db: Db,
  resident: { userId: string; plate: string },
  exit: Date,
  disputedAt = new Date(exit.getTime() + HOUR),
) {
  const stayId = await billedStay(db, resident.plate, exit);
  const dispute = await createDispute(
    db,
    resident.userId,
    stayId,
    { reason: "wrong_times", note: "I left earlier" },
    disputedAt,
  );
  return { stayId, disputeId: dispute.id };
}

export async function stayRow(db: Db, stayId: string) {
  const [row] = await db.select().from(parkingStays).where(eq(parkingStays.id, stayId));
  return row!;
}
