import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { checkSignature, signPayload } from "@/lib/http/machine-signature";

/**
 * The checkout's way back: the gateway sends the person's browser to the app's `returnUrl` with the outcome
 * of the checkout (`confirmed` or `cancelled`), the payment it is about, and X-Timestamp/X-Signature as
 * query parameters `ts`/`sig` over "checkout-return:{paymentKey}:{result}" (signed with the callback secret,
 * so the signed text names its target). It only says the person confirmed: the money is settled by the
 * callback, as for every debit.
 */
export const CheckoutReturn = z.object({
  paymentKey: z.string().min(1).max(200),
  result: z.enum(["confirmed", "cancelled"]),
  ts: z.string().max(20),
  sig: z.string().max(128),
});
export type CheckoutReturn = z.infer<typeof CheckoutReturn>;

const signedText = (paymentKey: string, result: CheckoutReturn["result"]) =>
  `checkout-return:${paymentKey}:${result}`;

/** The query a gateway appends to the return URL (the sandbox provider uses it; tests too). */
export function signCheckoutReturn(
  secret: string,
  paymentKey: string,
  result: CheckoutReturn["result"],
  now = new Date(),
): CheckoutReturn {
  const ts = String(Math.floor(now.getTime() / 1000));
  return { paymentKey, result, ts, sig: signPayload(secret, ts, signedText(paymentKey, result)) };
}

/**
 * Records a signed "confirmed" return on the one-off payment it names: from then on the bill shows money
 * being taken and cannot be paid again. Unsigned, stale or other returns change nothing (the person is
 * still sent back). The signature is judged by the real clock (`now`: the provider signs with its own);
 * `at` is the books' time. Returns whether it recorded something.
 */
export async function recordCheckoutReturn(
  db: Db,
  secret: string,
  input: unknown,
  at: Date,
  now = new Date(),
): Promise<boolean> {
  const parsed = CheckoutReturn.safeParse(input);
  if (!parsed.success) return false;
  const { paymentKey, result, ts, sig } = parsed.data;
  const verdict = checkSignature(
    secret,
    { timestamp: ts, signature: sig },
    signedText(paymentKey, result),
    now,
  );
  if (verdict !== "ok" || result !== "confirmed") return false;
  const updated = await db
    .update(payments)
    .set({ confirmedAt: at })
    .where(
      and(
        eq(payments.idempotencyKey, paymentKey),
        eq(payments.method, "one_off"),
        eq(payments.status, "pending"),
        isNull(payments.confirmedAt),
      ),
    )
    .returning({ id: payments.id });
  return updated.length > 0;
}

/** The app's address the checkout sends the person back to: the return route, then `next` (an app page). */
export function checkoutReturnUrl(appOrigin: string, next: string): string {
  const url = new URL("/api/payments/return", appOrigin);
  url.searchParams.set("next", next);
  return url.toString();
}
