import { z } from "zod";

/**
 * The wire protocol between this app and a payment gateway (an aggregator in front of the banks' and
 * wallets' password-free agreements). Requests are JSON, signed like every machine call here
 * (X-Timestamp, X-Signature = hex HMAC-SHA256 of "{timestamp}.{raw body}"); outcomes come back later as
 * signed callbacks to /api/payments/callback (`PaymentCallback`).
 *
 *   POST {base}/debits   DebitBody  → 202 {"status":"accepted","providerRef"}
 *   POST {base}/payments PaymentBody → 202 {"status":"accepted","providerRef","checkoutUrl"}
 *   POST {base}/refunds  RefundBody → 202 {"status":"accepted","providerRef"}
 *
 * A one-off payment (`/payments`) needs no agreement: the person is sent to `checkoutUrl`, confirms or
 * cancels there, and the gateway sends the browser back to `returnUrl` with the signed outcome
 * (`checkout-return.ts`); the money's outcome still comes as a callback (succeeded, or declined when the
 * person cancelled).
 *
 * The body names the operation of its path (`"operation": "debits"`, `"payments"` or `"refunds"`), so the signed bytes say
 * what they act on and a captured request cannot be sent to the other path; a mismatch is a 400.
 * The same idempotency key always names the same debit (or refund): a repeated request is accepted again
 * and charges (or pays out) nothing more.
 */
export const DebitBody = z.strictObject({
  operation: z.literal("debits"),
  idempotencyKey: z.string().min(1).max(200),
  agreementId: z.uuid(),
  amountFen: z.number().int().positive(),
  description: z.string().max(200),
});

export const PaymentBody = z.strictObject({
  operation: z.literal("payments"),
  idempotencyKey: z.string().min(1).max(200),
  amountFen: z.number().int().positive(),
  description: z.string().max(200),
  payee: z.string().min(1).max(100),
  returnUrl: z.url({ protocol: /^https?$/ }).max(1000),
});

export const RefundBody = z.strictObject({
  operation: z.literal("refunds"),
  idempotencyKey: z.string().min(1).max(200),
  paymentKey: z.string().min(1).max(200),
  amountFen: z.number().int().positive(),
  description: z.string().max(200),
});

/** Either request, told apart by the operation it names. */
export const ProviderRequestBody = z.discriminatedUnion("operation", [DebitBody, PaymentBody, RefundBody]);
export type ProviderOperation = z.infer<typeof ProviderRequestBody>["operation"];

export const AcceptedBody = z.object({ status: z.literal("accepted"), providerRef: z.string().min(1) });

export const PaymentAcceptedBody = AcceptedBody.extend({
  checkoutUrl: z.url({ protocol: /^https?$/ }).max(1000),
});
