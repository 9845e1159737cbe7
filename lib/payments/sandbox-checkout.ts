import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
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

/**
 * The person confirms or cancels at the sandbox checkout, once: the provider settles it through a callback
 * (succeeded — or declined for a cancelled checkout or a declining account) and sends the browser back to
 * the app with the signed outcome. Deciding an already decided checkout changes nothing and goes back again.
 */
export async function decideSandboxCheckout(
  db: Db,
  id: string,
  decision: "confirm" | "cancel",
  options: { secret: string; now: Date; signedAt?: Date },
): Promise<string> {
  const checkout = await db.transaction(async (tx) => {
    const [decided] = await tx
      .update(sandboxPayments)
      .set({ state: decision === "confirm" ? "confirmed" : "cancelled", decidedAt: options.now })
      .where(and(eq(sandboxPayments.id, id), eq(sandboxPayments.state, "open")))
      .returning();
    if (!decided) return getSandboxCheckoutOrThrow(tx, id);
    const declined = await tx.execute(sql`
      select 1 from payments p join users u on u.id = p.user_id
      join sandbox_declines d on d.phone = u.phone
      where p.idempotency_key = ${decided.idempotencyKey} limit 1`);
    const succeeded =
      decided.state === "confirmed" && (declined as unknown as { rows: unknown[] }).rows.length === 0;
    const callbackId = `cb_${randomUUID()}`;
    const payload: PaymentCallbackBody = {
      callbackId,
      idempotencyKey: decided.idempotencyKey,
      status: succeeded ? "succeeded" : "declined",
      amountFen: decided.amountFen,
      at: options.now.toISOString(),
    };
    const nextAttemptAt =
      decided.state === "confirmed"
        ? await callbackDueAt(tx, decided.idempotencyKey, options.now)
        : options.now;
    await tx.insert(paymentOutbox).values({ callbackId, payload, nextAttemptAt });
    return decided;
  });
  const back = new URL(checkout.returnUrl);
  const result = checkout.state === "confirmed" ? "confirmed" : "cancelled";
  const signed = signCheckoutReturn(options.secret, checkout.idempotencyKey, result, options.signedAt);
  for (const [name, value] of Object.entries(signed)) back.searchParams.set(name, value);
  return back.toString();
}
