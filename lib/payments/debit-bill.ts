import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { PaymentProvider } from "./provider";
import { sendRequested, stuckRequested } from "./provider-outbox";

/** Where a one-off payment's checkout sends the person back, and whom it names as paid. */
export interface CheckoutReturnTo {
  returnUrl: string;
  payee: string;
}

/**
 * Sends `requested` payments (of any purpose) to the provider, outside any transaction; accepted ones
 * become `pending`. A one-off payment is sent only with `checkout` (a person is waiting to confirm it);
 * without, it waits for their next "Pay". Returns the ids it could not send.
 */
export async function requestDebits(
  db: Db,
  provider: PaymentProvider,
  paymentIds: string[],
  checkout?: CheckoutReturnTo,
): Promise<string[]> {
  if (paymentIds.length === 0) return [];
  const due = await db
    .select({
      id: payments.id,
      idempotencyKey: payments.idempotencyKey,
      agreementId: payments.agreementId,
      method: payments.method,
      amountFen: payments.amountFen,
      description: payments.description,
    })
    .from(payments)
    .where(and(inArray(payments.id, paymentIds), eq(payments.status, "requested")));
  const sendable = due.filter((payment) => payment.method === "agreement" || checkout);
  return sendRequested(db, "payments", sendable, (payment) => {
    const { description } = payment;
    if (payment.agreementId === null) {
      return provider.requestPayment({
        idempotencyKey: payment.idempotencyKey,
        amountFen: payment.amountFen,
        description,
        payee: checkout!.payee,
        returnUrl: checkout!.returnUrl,
      });
    }
    return provider.requestDebit({
      idempotencyKey: payment.idempotencyKey,
      agreementId: payment.agreementId,
      amountFen: payment.amountFen,
      description,
    });
  });
}

/** Sends payments stuck in `requested` (the server stopped before sending them) again. */
export async function retryRequestedDebits(
  db: Db,
  provider: PaymentProvider,
  options: { now?: Date; olderThanMs?: number } = {},
): Promise<number> {
  const stuck = await stuckRequested(db, "payments", options);
  await requestDebits(db, provider, stuck);
  return stuck.length;
}
