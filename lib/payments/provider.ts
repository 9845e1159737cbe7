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
  /** Asks for a debit; throws when the provider cannot be reached (the request is retried later). */
  requestDebit(request: DebitRequest): Promise<DebitAccepted>;
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
