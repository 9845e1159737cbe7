/** What the app asks of a payment provider with a password-free agreement (代扣). */
export interface DebitRequest {
  /** Same key → the same debit: the provider never charges twice for one key. */
  idempotencyKey: string;
  agreementId: string;
  amountFen: number;
  description: string;
}

/** The provider took the request; the outcome arrives later as a signed callback. */
export interface DebitAccepted {
  status: "accepted";
  providerRef: string;
}

/** A one-off payment (单次支付): no agreement; the person confirms it at the provider's checkout. */
export interface OneOffPaymentRequest {
  /** Same key → the same payment and the same checkout: the provider never charges twice for one key. */
  idempotencyKey: string;
  amountFen: number;
  description: string;
  /** Who is paid, as the checkout shows it. */
  payee: string;
  /** Where the checkout sends the person back (an absolute URL of this app), with the signed outcome. */
  returnUrl: string;
}

/** The provider opened a checkout; the outcome arrives later as a signed callback, as for debits. */
export interface OneOffPaymentAccepted extends DebitAccepted {
  checkoutUrl: string;
}

/** Money back from an earlier debit (by that debit's key); refunds of one debit never exceed it. */
export interface RefundRequest {
  /** Same key → the same refund: the provider never pays it out twice. */
  idempotencyKey: string;
  /** The idempotency key of the debit being refunded. */
  paymentKey: string;
  amountFen: number;
  description: string;
}

export interface PaymentProvider {
  /** Shown on receipts: "sandbox" or the gateway's host. */
  readonly name: string;
  /** Asks for a debit; throws when the provider cannot be reached (the request is retried later). */
  requestDebit(request: DebitRequest): Promise<DebitAccepted>;
  /** Opens a one-off payment's checkout; throws when the provider cannot be reached. */
  requestPayment(request: OneOffPaymentRequest): Promise<OneOffPaymentAccepted>;
  /** Asks for a refund; throws when the provider cannot be reached (the request is retried later). */
  requestRefund(request: RefundRequest): Promise<DebitAccepted>;
}

/** The body of a provider callback to POST /api/payments/callback (signed like the gate API). A refund is
 * reported `succeeded` or `declined` (the provider could not pay it out). */
export interface PaymentCallbackBody {
  /** Unique per callback: a repeated delivery carries the same id. */
  callbackId: string;
  /** What is being reported: a debit (the default) or a refund. */
  kind?: "debit" | "refund";
  idempotencyKey: string;
  status: "succeeded" | "declined";
  amountFen: number;
  /** When the provider settled it (ISO-8601). */
  at: string;
}
