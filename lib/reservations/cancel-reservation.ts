import "server-only";
import { and, eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingReservations, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { PaymentProvider } from "@/lib/payments/provider";
import { requestRefunds, scheduleRefund } from "@/lib/payments/refunds";
import { awaitReservation } from "./await-reservation";
import { notifyReservation } from "./reservation-notices";
import { reservationFeeSubject } from "./reservation-payment-link";
import { FREE_CANCEL_BEFORE_MS } from "./reservation-rules";
import { type ReservationView, toView } from "./reservation-view";

export interface CancelOutcome {
  reservation: ReservationView;
  /** The refund, or why there is none. */
  refund: { amountFen: number; status: "refunded" | "pending" } | { amountFen: 0; reason: "tooLate" };
}

/** How long cancelling waits for the refund's callback before answering "refund pending". */
const DEFAULT_WAIT_MS = 3_000;

/**
 * Cancels my reservation. Free (refunded in full) until 15 min before arrival; later the fee is kept.
 * Cancelling twice, even at once, decides once and refunds once: the refund is recorded in the same
 * transaction as the cancellation, keyed by the reservation, and sent to the provider after the commit.
 */
export async function cancelReservation(
  db: Db,
  userId: string,
  id: string,
  options: { provider: PaymentProvider; now?: Date; waitMs?: number },
): Promise<CancelOutcome> {
  const now = options.now ?? serverNow();
  let refundId: string | null = null;
  const cancelled = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(parkingReservations)
      .where(and(eq(parkingReservations.id, id), eq(parkingReservations.userId, userId)))
      .for("update");
    if (!current) throw new AppError("not_found", "errors.reservations.notFound");
    if (current.status === "cancelled") return current;
    if (current.status !== "confirmed" || now.getTime() >= current.holdUntil.getTime()) {
      throw new AppError("conflict", "errors.reservations.notCancellable");
    }
    const refundable = now.getTime() <= current.arrivalAt.getTime() - FREE_CANCEL_BEFORE_MS;
    const [updated] = await tx
      .update(parkingReservations)
      .set({ status: "cancelled", cancelledAt: now, refundDueFen: refundable ? current.feeFen : null })
      .where(eq(parkingReservations.id, id))
      .returning();
    if (!refundable) return updated!;
    const [fee] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.subject, reservationFeeSubject(id)), eq(payments.status, "succeeded")));
    refundId = await scheduleRefund(tx, {
      idempotencyKey: `reservation-cancel:${id}`,
      paymentId: fee!.id,
      amountFen: current.feeFen,
      reason: "reservation_cancelled",
      now,
    });
    return updated!;
  });

  let row = cancelled;
  if (refundId) {
    // Unsent refunds stay `requested` and the refund job sends them; the answer then says "pending".
    await requestRefunds(db, options.provider, [refundId]);
    row = await awaitReservation(db, id, options.waitMs ?? DEFAULT_WAIT_MS, (r) => r.refundedAt !== null);
  }
  await notifyReservation(db, row, "cancelled", now);
  const refund: CancelOutcome["refund"] = row.refundDueFen
    ? { amountFen: row.refundDueFen, status: row.refundedAt ? "refunded" : "pending" }
    : { amountFen: 0, reason: "tooLate" };
  return { reservation: toView(row, now), refund };
}
