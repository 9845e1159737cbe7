import "server-only";
import { eq } from "drizzle-orm";
import { parkingReservations, payments, refunds } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export interface RefundSettlement {
  idempotencyKey: string;
  status: "succeeded" | "declined";
  amountFen: number;
  settledAt: Date;
}

/**
 * Inside the callback's transaction: settles a refund. Its first final outcome stands; a callback whose
 * amount differs from the refund asked for is ignored. A reservation's refund is marked on it.
 */
export async function settleRefund(tx: Db, callback: RefundSettlement): Promise<"applied" | "ignored"> {
  const [refund] = await tx
    .select()
    .from(refunds)
    .where(eq(refunds.idempotencyKey, callback.idempotencyKey))
    .for("update");
  if (!refund) throw new AppError("not_found", "errors.parking.unknownPayment");
  const final = refund.status === "succeeded" || refund.status === "failed";
  if (final || refund.amountFen !== callback.amountFen) {
    if (!final) console.error(`[payments] refund ${refund.idempotencyKey}: amount differs from the refund`);
    return "ignored";
  }
  const succeeded = callback.status === "succeeded";
  await tx
    .update(refunds)
    .set({ status: succeeded ? "succeeded" : "failed", settledAt: callback.settledAt })
    .where(eq(refunds.id, refund.id));
  if (!succeeded) {
    // The provider would not pay it out: the money is still owed; an operator takes it from here.
    console.error(`[payments] refund ${refund.idempotencyKey} declined by the provider`);
    return "applied";
  }
  if (refund.reason === "reservation_cancelled") {
    const [payment] = await tx
      .select({ reservationId: payments.reservationId })
      .from(payments)
      .where(eq(payments.id, refund.paymentId));
    if (payment?.reservationId) {
      await tx
        .update(parkingReservations)
        .set({ refundedAt: callback.settledAt })
        .where(eq(parkingReservations.id, payment.reservationId));
    }
  }
  return "applied";
}
