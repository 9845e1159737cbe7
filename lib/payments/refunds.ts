import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { payments, refunds } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { PaymentProvider } from "./provider";
import { sendRequested, stuckRequested } from "./provider-outbox";

export interface RefundInput {
  /** Same key → the same refund, however often it is asked for. */
  idempotencyKey: string;
  paymentId: string;
  amountFen: number;
  /** Why, in the paying service's words; its `refunded` rule reads it. */
  reason: string;
  now: Date;
}

/**
 * Inside the caller's transaction: records a refund (`requested`) of a succeeded payment. The payment row
 * is locked, so refunds asked for at once can never add up to more than it took. Returns the refund id
 * to send once the transaction has committed (the existing one for a key seen before).
 */
export async function scheduleRefund(tx: Db, input: RefundInput): Promise<string> {
  if (!Number.isInteger(input.amountFen) || input.amountFen <= 0) {
    throw new AppError("unprocessable", "errors.payments.refundAmount");
  }
  const [payment] = await tx
    .select({ id: payments.id, status: payments.status, amountFen: payments.amountFen })
    .from(payments)
    .where(eq(payments.id, input.paymentId))
    .for("update");
  const [existing] = await tx
    .select({ id: refunds.id })
    .from(refunds)
    .where(eq(refunds.idempotencyKey, input.idempotencyKey));
  if (existing) return existing.id;
  if (payment?.status !== "succeeded") throw new AppError("conflict", "errors.payments.refundNotPaid");
  const result = await tx.execute(sql`select coalesce(sum(amount_fen), 0)::int as fen from refunds
    where payment_id = ${input.paymentId}::uuid and status <> 'failed'`);
  const refunded = (result as unknown as { rows: { fen: number }[] }).rows[0]!.fen;
  if (refunded + input.amountFen > payment.amountFen) {
    throw new AppError("conflict", "errors.payments.refundExceedsPayment");
  }
  const [created] = await tx
    .insert(refunds)
    .values({
      idempotencyKey: input.idempotencyKey,
      paymentId: input.paymentId,
      amountFen: input.amountFen,
      reason: input.reason,
      status: "requested",
      requestedAt: input.now,
    })
    .returning({ id: refunds.id });
  return created!.id;
}

/**
 * Sends `requested` refunds to the provider, outside any transaction; accepted ones become `pending`.
 * Returns the ids it could not send.
 */
export async function requestRefunds(
  db: Db,
  provider: PaymentProvider,
  refundIds: string[],
): Promise<string[]> {
  if (refundIds.length === 0) return [];
  const due = await db
    .select({
      id: refunds.id,
      idempotencyKey: refunds.idempotencyKey,
      amountFen: refunds.amountFen,
      reason: refunds.reason,
      paymentKey: payments.idempotencyKey,
    })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .where(and(inArray(refunds.id, refundIds), eq(refunds.status, "requested")));
  return sendRequested(db, "refunds", due, (refund) =>
    provider.requestRefund({
      idempotencyKey: refund.idempotencyKey,
      paymentKey: refund.paymentKey,
      amountFen: refund.amountFen,
      description: `Refund (${refund.reason})`,
    }),
  );
}

/** Sends refunds stuck in `requested` (the provider was unreachable, or the server stopped) again. */
export async function retryRequestedRefunds(
  db: Db,
  provider: PaymentProvider,
  options: { now?: Date; olderThanMs?: number } = {},
): Promise<number> {
  const stuck = await stuckRequested(db, "refunds", options);
  await requestRefunds(db, provider, stuck);
  return stuck.length;
}
