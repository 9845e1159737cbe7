import "server-only";
import { eq } from "drizzle-orm";
import { payments, refunds } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { paymentPurpose } from "./purposes";

export interface RefundSettlement {
  idempotencyKey: string;
  status: "succeeded" | "declined";
  amountFen: number;
  settledAt: Date;
}

/**
 * Inside the callback's transaction: settles a refund. Its first final outcome stands; a callback whose
 * amount differs from the refund asked for is ignored. The paying service's rule is told of a paid-out refund.
 */
export async function settleRefund(tx: Db, callback: RefundSettlement): Promise<"applied" | "ignored"> {
  const [refund] = await tx
    .select()
    .from(refunds)
    .where(eq(refunds.idempotencyKey, callback.idempotencyKey))
    .for("update");
  if (!refund) throw new AppError("not_found", "errors.payments.unknownPayment");
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
  const [payment] = await tx
    .select({ purpose: payments.purpose })
    .from(payments)
    .where(eq(payments.id, refund.paymentId));
  await paymentPurpose(payment!.purpose).refunded?.(tx, {
    paymentId: refund.paymentId,
    reason: refund.reason,
    amountFen: refund.amountFen,
    settledAt: callback.settledAt,
  });
  return "applied";
}
