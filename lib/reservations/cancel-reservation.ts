import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { notifyReservation } from "./reservation-notices";
import type { ReservationPayments } from "./reservation-payments";
import { FREE_CANCEL_BEFORE_MS } from "./reservation-rules";
import { type ReservationView, toView } from "./reservation-view";

export interface CancelOutcome {
  reservation: ReservationView;
  /** The refund, or why there is none. */
  refund: { amountFen: number; status: "refunded" | "pending" } | { amountFen: 0; reason: "tooLate" };
}

/**
 * Cancels my reservation. Free (refunded in full) until 15 min before arrival; later the fee is kept.
 * Cancelling twice, even at once, decides once and refunds once (the refund is keyed by reservation id).
 */
export async function cancelReservation(
  db: Db,
  userId: string,
  id: string,
  options: { payments: ReservationPayments; now?: Date },
): Promise<CancelOutcome> {
  const now = options.now ?? new Date();
  const row = await db.transaction(async (tx) => {
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
    return updated!;
  });

  if (row.refundDueFen && !row.refundedAt) {
    try {
      await options.payments.refund({
        idempotencyKey: row.id,
        agreementId: row.agreementId,
        amountFen: row.refundDueFen,
      });
      const [refunded] = await db
        .update(parkingReservations)
        .set({ refundedAt: now })
        .where(and(eq(parkingReservations.id, id), isNull(parkingReservations.refundedAt)))
        .returning();
      if (refunded) Object.assign(row, refunded);
      else row.refundedAt = row.refundedAt ?? now;
    } catch (error) {
      console.error(`[reservations] refund of ${id} not sent; will retry`, error);
    }
  }
  await notifyReservation(db, row, "cancelled", now);
  const refund: CancelOutcome["refund"] = row.refundDueFen
    ? { amountFen: row.refundDueFen, status: row.refundedAt ? "refunded" : "pending" }
    : { amountFen: 0, reason: "tooLate" };
  return { reservation: toView(row, now), refund };
}
