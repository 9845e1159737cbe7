import "server-only";
import { eq } from "drizzle-orm";
import { parkingBillPayments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** Parking bills' payment purpose (lib/payment-purposes.ts registers its rules). */
export const PARKING_BILL_PURPOSE = "parking_bill";

/** The payments platform's name for a bill: at most one live or successful payment per subject. */
export function billSubject(stayId: string): string {
  return `${PARKING_BILL_PURPOSE}:${stayId}`;
}

/** What the provider shows the payer for a parking bill. */
export function billDescription(plate: string, lotId: string): string {
  return `Parking ${plate} @ ${lotId}`;
}

/** Links recorded payments to the bills they pay, in the transaction that recorded them. */
export async function linkBillPayments(
  tx: Db,
  links: { paymentId: string; stayId: string }[],
): Promise<void> {
  if (links.length > 0) await tx.insert(parkingBillPayments).values(links);
}

/** The bill (stay) a payment of this purpose pays. */
export async function stayOfPayment(db: Db, paymentId: string): Promise<string> {
  const [link] = await db
    .select({ stayId: parkingBillPayments.stayId })
    .from(parkingBillPayments)
    .where(eq(parkingBillPayments.paymentId, paymentId));
  if (!link) throw new Error(`Payment ${paymentId} is linked to no parking bill`);
  return link.stayId;
}
