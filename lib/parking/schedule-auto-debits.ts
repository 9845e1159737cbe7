import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { recordPayments } from "@/lib/payments/record-payment";
import { billDescription, billSubject, linkBillPayments, PARKING_BILL_PURPOSE } from "./bill-payment-link";
import { endOfShanghaiDay } from "./bill-status";
import { hasOverdueBill } from "./pay-later";
import { heldAtEntry } from "./plate-holder";

interface EligibleBill {
  stay_id: string;
  plate: string;
  lot_id: string;
  fee_fen: number;
  user_id: string;
  agreement_id: string;
}

/**
 * Inside the billing transaction: a collection (`requested` payment, idempotency key = stay id) for every
 * bill whose owner (the plate's holder at entry) has pay-later active for it and whose fee is within the agreement's
 * per-bill limit; every other bill is due by 24:00 today (a bill above the limit is paid by hand). Returns the payment ids
 * to send to the provider once the transaction has committed.
 */
export async function scheduleAutoDebits(tx: Db, stayIds: string[], now: Date): Promise<string[]> {
  if (stayIds.length === 0) return [];
  const ids = sql.join(
    stayIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const eligible = await tx.execute(sql`
    select s.id as stay_id, s.plate, s.lot_id, s.fee_fen, b.user_id, a.id as agreement_id
    from parking_stays s
    join plate_bindings b on ${heldAtEntry("b", "s")}
    join payment_agreements a on a.user_id = b.user_id and a.status = 'active'
      and s.fee_fen <= a.per_bill_limit_fen
    where s.id in (${ids}) and s.status = 'unpaid' and s.fee_fen > 0
      and not ${hasOverdueBill(sql`b.plate`, sql`b.user_id`, now)}`);
  const bills = (eligible as unknown as { rows: EligibleBill[] }).rows;
  // The stay id is the key: a bill billed twice (a replayed exit) is recorded once.
  const recorded = await recordPayments(
    tx,
    bills.map((bill) => ({
      idempotencyKey: bill.stay_id,
      purpose: PARKING_BILL_PURPOSE,
      subject: billSubject(bill.stay_id),
      description: billDescription(bill.plate, bill.lot_id),
      userId: bill.user_id,
      agreementId: bill.agreement_id,
      amountFen: bill.fee_fen,
      kind: "auto" as const,
      requestedAt: now,
    })),
  );
  await linkBillPayments(
    tx,
    recorded.map((payment) => ({ paymentId: payment.id, stayId: payment.idempotencyKey })),
  );
  const debited = new Set(recorded.map((payment) => payment.idempotencyKey));
  const notDebited = stayIds.filter((id) => !debited.has(id));
  if (notDebited.length > 0) {
    await tx
      .update(parkingStays)
      .set({ dueAt: endOfShanghaiDay(now) })
      .where(and(inArray(parkingStays.id, notDebited), isNull(parkingStays.dueAt)));
  }
  return recorded.map((payment) => payment.id);
}
