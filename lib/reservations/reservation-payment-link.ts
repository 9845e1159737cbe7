import "server-only";
import { eq } from "drizzle-orm";
import { reservationPayments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** Reservation fees' payment purpose (lib/payment-purposes.ts registers its rules). */
export const RESERVATION_FEE_PURPOSE = "reservation_fee";

/** The payments platform's name for a reservation's fee: at most one live or successful payment. */
export function reservationFeeSubject(reservationId: string): string {
  return `${RESERVATION_FEE_PURPOSE}:${reservationId}`;
}

/** What the provider shows the payer for a reservation's fee. */
export function reservationFeeDescription(plate: string, lotId: string): string {
  return `Parking reservation ${plate} @ ${lotId}`;
}

/** The reservation a payment of this purpose pays the fee of. */
export async function reservationOfPayment(db: Db, paymentId: string): Promise<string> {
  const [link] = await db
    .select({ reservationId: reservationPayments.reservationId })
    .from(reservationPayments)
    .where(eq(reservationPayments.paymentId, paymentId));
  if (!link) throw new Error(`Payment ${paymentId} is linked to no reservation`);
  return link.reservationId;
}
