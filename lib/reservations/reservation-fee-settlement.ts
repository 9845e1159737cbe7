import "server-only";
import { and, eq } from "drizzle-orm";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { scheduleRefund } from "@/lib/payments/refunds";

interface SettledFee {
  paymentId: string;
  reservationId: string;
  amountFen: number;
}

/**
 * Inside the callback's transaction: a paid fee confirms the reservation still waiting for it; a fee that
 * arrives after the reservation lapsed (or was declined) is given back. A declined fee releases the space.
 * Returns refunds to send once the transaction has committed (notices, too, wait for the commit).
 */
export async function settleReservationFee(
  tx: Db,
  fee: SettledFee,
  outcome: "succeeded" | "declined",
  settledAt: Date,
  now: Date,
): Promise<string[]> {
  const waiting = and(
    eq(parkingReservations.id, fee.reservationId),
    eq(parkingReservations.status, "pending_payment"),
  );
  if (outcome === "declined") {
    await tx.update(parkingReservations).set({ status: "declined" }).where(waiting);
    return [];
  }
  const [confirmed] = await tx
    .update(parkingReservations)
    .set({ status: "confirmed", paidAt: settledAt })
    .where(waiting)
    .returning();
  if (confirmed) return [];
  const refundId = await scheduleRefund(tx, {
    idempotencyKey: `reservation-unconfirmed:${fee.reservationId}`,
    paymentId: fee.paymentId,
    amountFen: fee.amountFen,
    reason: "reservation_unconfirmed",
    now,
  });
  return [refundId];
}

/** Inside the callback's transaction: a cancelled reservation's refund was paid out; it says so from now on. */
export async function markReservationRefunded(tx: Db, reservationId: string, settledAt: Date): Promise<void> {
  await tx
    .update(parkingReservations)
    .set({ refundedAt: settledAt })
    .where(eq(parkingReservations.id, reservationId));
}
