import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { paymentOutbox, sandboxPayments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { signCheckoutReturn } from "./checkout-return";
import type { PaymentCallbackBody } from "./provider";
import { callbackDueAt } from "./sandbox-callback-holds";

export type SandboxCheckout = typeof sandboxPayments.$inferSelect;

/** The sandbox provider's checkout, as its page shows it; a 404 for an unknown one. */
export async function getSandboxCheckoutOrThrow(db: Db, id: string): Promise<SandboxCheckout> {
  const [row] = await db.select().from(sandboxPayments).where(eq(sandboxPayments.id, id)).limit(1);
  if (!row) throw new AppError("not_found", "errors.payments.checkoutNotFound");
  return row;
}

/** A checkout nobody decided on closes after this, as a real provider's does, reported as declined. */
export const SANDBOX_CHECKOUT_TTL_MS = 30 * 60_000;

/**
 * The person confirms or cancels at the sandbox checkout, once: the provider settles it through a callback
 * (succeeded — or declined for a cancelled or expired checkout or a declining account) and sends the browser
 * back to the app with the signed outcome. Deciding an already decided checkout changes nothing and goes
 * back again.
 */
export async function decideSandboxCheckout(
  db: Db,
  id: string,
  decision: "confirm" | "cancel",
  options: { secret: string; now: Date; signedAt?: Date },
): Promise<string> {
  const { now } = options;
  const checkout = await db.transaction(async (tx) => {
    const [open] = await tx
      .select()
      .from(sandboxPayments)
      .where(and(eq(sandboxPayments.id, id), eq(sandboxPayments.state, "open")))
      .for("update");
    if (!open) return getSandboxCheckoutOrThrow(tx, id);
    const expired = open.createdAt.getTime() < now.getTime() - SANDBOX_CHECKOUT_TTL_MS;
    const decided: SandboxCheckout = {
      ...open,
      state: decision === "confirm" && !expired ? "confirmed" : "cancelled",
      decidedAt: now,
    };
    await tx
      .update(sandboxPayments)
      .set({ state: decided.state, decidedAt: now })
      .where(eq(sandboxPayments.id, id));
    await queueCheckoutCallback(tx, decided, now);
    return decided;
  });
  const back = new URL(checkout.returnUrl);
  const result = checkout.state === "confirmed" ? "confirmed" : "cancelled";
  const signed = signCheckoutReturn(options.secret, checkout.idempotencyKey, result, options.signedAt);
  for (const [name, value] of Object.entries(signed)) back.searchParams.set(name, value);
  return back.toString();
}

/** Closes the checkouts left open past their time, each reported to the app as declined. */
export async function expireSandboxCheckouts(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(sandboxPayments)
      .set({ state: "cancelled", decidedAt: now })
      .where(
        and(
          eq(sandboxPayments.state, "open"),
          lt(sandboxPayments.createdAt, new Date(now.getTime() - SANDBOX_CHECKOUT_TTL_MS)),
        ),
      )
      .returning();
    for (const checkout of closed) await queueCheckoutCallback(tx, checkout, now);
    return closed.length;
  });
}

/** The provider's callback for a decided checkout, queued in its outbox (held while the account is held). */
async function queueCheckoutCallback(tx: Db, checkout: SandboxCheckout, now: Date): Promise<void> {
  const declined = await tx.execute(sql`
    select 1 from payments p join users u on u.id = p.user_id
    join sandbox_declines d on d.phone = u.phone
    where p.idempotency_key = ${checkout.idempotencyKey} limit 1`);
  const confirmed = checkout.state === "confirmed";
  const succeeded = confirmed && (declined as unknown as { rows: unknown[] }).rows.length === 0;
  const callbackId = `cb_${randomUUID()}`;
  const payload: PaymentCallbackBody = {
    callbackId,
    idempotencyKey: checkout.idempotencyKey,
    status: succeeded ? "succeeded" : "declined",
    amountFen: checkout.amountFen,
    at: now.toISOString(),
  };
  const nextAttemptAt = confirmed ? await callbackDueAt(tx, checkout.idempotencyKey, now) : now;
  await tx.insert(paymentOutbox).values({ callbackId, payload, nextAttemptAt });
}
