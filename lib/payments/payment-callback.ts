import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { parkingDisputes, parkingStays, paymentCallbacks, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError, parseOrThrow } from "@/lib/errors";
import { endOfShanghaiDay } from "@/lib/parking/bill-status";
import { checkSignature } from "@/lib/parking/gate-signature";

export const PaymentCallback = z.strictObject({
  callbackId: z.string().min(1).max(100),
  idempotencyKey: z.string().min(1).max(200),
  status: z.enum(["succeeded", "declined"]),
  amountFen: z.number().int().min(0),
  at: z.iso.datetime({ offset: true }),
});
export type PaymentCallback = z.infer<typeof PaymentCallback>;

export interface CallbackOutcome {
  stayId: string | null;
  /** applied: the books changed; duplicate: this callback was seen before; ignored: the payment was already final. */
  outcome: "applied" | "duplicate" | "ignored";
}

/** Verifies a provider callback's signature and applies it; the route and the in-process tests both use this. */
export async function receivePaymentCallback(
  db: Db,
  headers: { timestamp: string | null; signature: string | null },
  rawBody: string,
  now = new Date(),
): Promise<CallbackOutcome> {
  const verdict = checkSignature(env().PAYMENTS_CALLBACK_SECRET, headers, rawBody, now);
  if (verdict !== "ok") {
    const key = verdict === "stale_timestamp" ? "staleTimestamp" : "badSignature";
    throw new AppError("unauthorized", `errors.parking.${key}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(rawBody);
  } catch {
    throw new AppError("bad_request", "errors.invalidJson");
  }
  return applyPaymentCallback(db, parseOrThrow(PaymentCallback, data), now);
}

/**
 * Applies a provider's outcome in one transaction. A callback id seen before changes nothing, and a
 * payment's first final outcome stands: repeated or late callbacks cannot flip a settled payment.
 */
export async function applyPaymentCallback(
  db: Db,
  callback: PaymentCallback,
  now = new Date(),
): Promise<CallbackOutcome> {
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
    if (!fresh) return { stayId: null, outcome: "duplicate" as const };

    const [payment] = await tx
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, callback.idempotencyKey))
      .for("update");
    if (!payment) throw new AppError("not_found", "errors.parking.unknownPayment");
    const final = payment.status === "succeeded" || payment.status === "declined";
    if (final || payment.amountFen !== callback.amountFen) {
      if (!final)
        console.error(`[payments] callback ${callback.callbackId}: amount differs from the payment`);
      await tx
        .update(paymentCallbacks)
        .set({ outcome: "ignored" })
        .where(eq(paymentCallbacks.callbackId, callback.callbackId));
      return { stayId: payment.stayId, outcome: "ignored" as const };
    }

    const settledAt = new Date(callback.at);
    await tx.update(payments).set({ status: callback.status, settledAt }).where(eq(payments.id, payment.id));
    if (callback.status === "succeeded") {
      await tx
        .update(parkingStays)
        .set({
          paidAt: settledAt,
          status: sql`case when ${parkingStays.status} = 'unpaid' then 'paid' else ${parkingStays.status} end`,
        })
        .where(eq(parkingStays.id, payment.stayId));
      // A bill paid while disputed returns to paid, not to unpaid, when the dispute is settled.
      await tx
        .update(parkingDisputes)
        .set({ previousStatus: "paid" })
        .where(and(eq(parkingDisputes.stayId, payment.stayId), eq(parkingDisputes.status, "open")));
    } else {
      await tx
        .update(parkingStays)
        .set({ dueAt: endOfShanghaiDay(now) })
        .where(and(eq(parkingStays.id, payment.stayId), isNull(parkingStays.dueAt)));
    }
    return { stayId: payment.stayId, outcome: "applied" as const };
  });
}
