import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import {
  paymentOutbox,
  sandboxDebits,
  sandboxDeclines,
  sandboxPayments,
  sandboxRefunds,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { PaymentCallbackBody, PaymentProvider } from "./provider";
import { callbackDueAt } from "./sandbox-callback-holds";

/** The sandbox checkout page of a one-off payment, relative to the app that asked for it. */
export const SANDBOX_CHECKOUT_PATH = "/pay/checkout/";

/**
 * A provider that behaves like a real one: it accepts each request once per idempotency key, decides the
 * outcome (declining the accounts it was told to), and reports it later through a signed callback queued
 * in its outbox.
 */
export function createSandboxProvider(db: Db, options: { now?: () => Date } = {}): PaymentProvider {
  const now = options.now ?? serverNow;
  return {
    name: "sandbox",

    async requestDebit(request) {
      const providerRef = `sbx_${createHash("sha256").update(request.idempotencyKey).digest("hex").slice(0, 24)}`;
      await db.transaction(async (tx) => {
        const declined = await tx.execute(sql`
          select 1 from payment_agreements a
          join users u on u.id = a.user_id
          join sandbox_declines d on d.phone = u.phone
          where a.id = ${request.agreementId}::uuid`);
        const outcome =
          (declined as unknown as { rows: unknown[] }).rows.length > 0 ? "declined" : "succeeded";
        const [created] = await tx
          .insert(sandboxDebits)
          .values({
            idempotencyKey: request.idempotencyKey,
            agreementId: request.agreementId,
            amountFen: request.amountFen,
            outcome,
          })
          .onConflictDoNothing({ target: sandboxDebits.idempotencyKey })
          .returning({ outcome: sandboxDebits.outcome });
        if (!created) return;
        const callbackId = `cb_${randomUUID()}`;
        const payload: PaymentCallbackBody = {
          callbackId,
          idempotencyKey: request.idempotencyKey,
          status: created.outcome,
          amountFen: request.amountFen,
          at: now().toISOString(),
        };
        const nextAttemptAt = await callbackDueAt(tx, request.idempotencyKey, now());
        await tx.insert(paymentOutbox).values({ callbackId, payload, nextAttemptAt });
      });
      return { status: "accepted", providerRef };
    },

    // One checkout per key; its outcome is decided by the person (sandbox-checkout.ts). The checkout's
    // address is random: it is the only thing that lets someone confirm it.
    async requestPayment(request) {
      await db
        .insert(sandboxPayments)
        .values({
          id: `sbp_${randomUUID().replaceAll("-", "")}`,
          idempotencyKey: request.idempotencyKey,
          amountFen: request.amountFen,
          description: request.description,
          payee: request.payee,
          returnUrl: request.returnUrl,
          createdAt: now(),
        })
        .onConflictDoNothing({ target: sandboxPayments.idempotencyKey });
      const [opened] = await db
        .select({ id: sandboxPayments.id, returnUrl: sandboxPayments.returnUrl })
        .from(sandboxPayments)
        .where(eq(sandboxPayments.idempotencyKey, request.idempotencyKey));
      const checkoutUrl = new URL(`${SANDBOX_CHECKOUT_PATH}${opened!.id}`, opened!.returnUrl).toString();
      return { status: "accepted", providerRef: opened!.id, checkoutUrl };
    },

    async requestRefund(request) {
      const providerRef = `sbr_${createHash("sha256").update(request.idempotencyKey).digest("hex").slice(0, 24)}`;
      await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(sandboxRefunds)
          .values({
            idempotencyKey: request.idempotencyKey,
            paymentKey: request.paymentKey,
            amountFen: request.amountFen,
          })
          .onConflictDoNothing({ target: sandboxRefunds.idempotencyKey })
          .returning({ key: sandboxRefunds.idempotencyKey });
        if (!created) return;
        const callbackId = `cb_${randomUUID()}`;
        const payload: PaymentCallbackBody = {
          callbackId,
          kind: "refund",
          idempotencyKey: request.idempotencyKey,
          status: "succeeded",
          amountFen: request.amountFen,
          at: now().toISOString(),
        };
        await tx.insert(paymentOutbox).values({ callbackId, payload, nextAttemptAt: now() });
      });
      return { status: "accepted", providerRef };
    },
  };
}

/** Tells the sandbox provider to decline (or again accept) every debit of the account with this phone. */
export async function setSandboxDecline(db: Db, phone: string, decline: boolean): Promise<void> {
  if (decline) {
    await db.insert(sandboxDeclines).values({ phone }).onConflictDoNothing();
  } else {
    await db.delete(sandboxDeclines).where(eq(sandboxDeclines.phone, phone));
  }
}
