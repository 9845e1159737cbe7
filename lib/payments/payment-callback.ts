import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { paymentCallbacks, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifySignedJson } from "@/lib/http/signed-body";
import { paymentPurpose } from "./purposes";
import { settleRefund } from "./refund-callback";

export const PaymentCallback = z.strictObject({
  callbackId: z.string().min(1).max(100),
  kind: z.enum(["debit", "refund"]).default("debit"),
  idempotencyKey: z.string().min(1).max(200),
  status: z.enum(["succeeded", "declined"]),
  amountFen: z.number().int().min(0),
  at: z.iso.datetime({ offset: true }),
});
export type PaymentCallback = z.input<typeof PaymentCallback>;

export interface CallbackOutcome {
  /** The payment the callback settled, for its purpose's notices after the commit (`afterCallback`). */
  paymentId: string | null;
  purpose: string | null;
  /** Refunds the settlement decided on, to send to the provider after the commit. */
  refundIds: string[];
  /** applied: the books changed; duplicate: this callback was seen before; ignored: already final. */
  outcome: "applied" | "duplicate" | "ignored";
}

/** Verifies a provider callback's signature and applies it; the route and the in-process tests both use this. */
export async function receivePaymentCallback(
  db: Db,
  headers: { timestamp: string | null; signature: string | null },
  rawBody: string,
  now?: Date,
): Promise<CallbackOutcome> {
  // The signature is judged by the real clock (the provider signs with its own); the books by serverNow().
  const callback = verifySignedJson(
    env().PAYMENTS_CALLBACK_SECRET,
    { headers, rawBody },
    PaymentCallback,
    now ?? new Date(),
  );
  return applyPaymentCallback(db, callback, now ?? serverNow());
}

/**
 * Applies a provider's outcome in one transaction. A callback id seen before changes nothing, and a
 * payment's (or refund's) first final outcome stands: repeated or late callbacks cannot flip it.
 */
export async function applyPaymentCallback(
  db: Db,
  input: PaymentCallback,
  now = serverNow(),
): Promise<CallbackOutcome> {
  const callback = PaymentCallback.parse(input);
  const none = { paymentId: null, purpose: null, refundIds: [] };
  return db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(paymentCallbacks)
      .values({
        callbackId: callback.callbackId,
        idempotencyKey: callback.idempotencyKey,
        status: callback.status,
        outcome: "applied",
        receivedAt: now,
      })
      .onConflictDoNothing({ target: paymentCallbacks.callbackId })
      .returning({ callbackId: paymentCallbacks.callbackId });
    if (!fresh) return { ...none, outcome: "duplicate" as const };
    const markIgnored = () =>
      tx
        .update(paymentCallbacks)
        .set({ outcome: "ignored" })
        .where(eq(paymentCallbacks.callbackId, callback.callbackId));
    const settledAt = new Date(callback.at);

    if (callback.kind === "refund") {
      const outcome = await settleRefund(tx, { ...callback, settledAt });
      if (outcome === "ignored") await markIgnored();
      return { ...none, outcome };
    }

    const [payment] = await tx
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, callback.idempotencyKey))
      .for("update");
    if (!payment) throw new AppError("not_found", "errors.payments.unknownPayment");
    const subject = { paymentId: payment.id, purpose: payment.purpose };
    // `cancelled` is not final: money that arrives for a lapsed purpose is taken in, then given back.
    const final = payment.status === "succeeded" || payment.status === "declined";
    if (final || payment.amountFen !== callback.amountFen) {
      if (!final)
        console.error(`[payments] callback ${callback.callbackId}: amount differs from the payment`);
      await markIgnored();
      return { ...subject, refundIds: [], outcome: "ignored" as const };
    }

    await tx.update(payments).set({ status: callback.status, settledAt }).where(eq(payments.id, payment.id));
    const refundIds = await paymentPurpose(payment.purpose).settle(
      tx,
      payment,
      callback.status,
      settledAt,
      now,
    );
    return { ...subject, refundIds, outcome: "applied" as const };
  });
}
