import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { type PaymentMethod, type PaymentStatus, parkingBillPayments, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { type CheckoutReturnTo, requestDebits } from "@/lib/payments/debit-bill";
import { activeAgreementId } from "@/lib/payments/payment-agreement";
import type { PaymentProvider } from "@/lib/payments/provider";
import { recordPayments } from "@/lib/payments/record-payment";
import { billDescription, billSubject, linkBillPayments, PARKING_BILL_PURPOSE } from "./bill-payment-link";
import { getVisibleStayOrThrow } from "./visible-sessions";

/** Who a parking bill's one-off payment names as paid, at the provider's checkout. */
export const PARKING_PAYEE = "杭州城市大脑 · 停车 / Hangzhou City Brain Parking";

export interface PaymentView {
  id: string;
  status: PaymentStatus;
  method: PaymentMethod;
  amountFen: number;
  /** A one-off payment's checkout, while the person has yet to confirm it there. */
  checkoutUrl: string | null;
}

/**
 * Pays a due or overdue bill the user can see. With an active agreement it is debited under it at once;
 * without one, a one-off payment is opened and the answer carries the provider's checkout to send the
 * person to (a second "Pay" while that checkout is open answers the same one). Money already being taken
 * — a debit sent, or a checkout confirmed — is refused with a 409, and a paid bill answers its payment.
 */
export async function payBill(
  db: Db,
  provider: PaymentProvider,
  userId: string,
  stayId: string,
  options: { checkout: CheckoutReturnTo; now?: Date },
): Promise<PaymentView | null> {
  const now = options.now ?? serverNow();
  const stay = await getVisibleStayOrThrow(db, userId, stayId);
  if (stay.status === "paid") {
    const paid = await livePayment(db, stayId);
    return paid && toView(paid);
  }
  if (stay.status === "disputed") throw new AppError("conflict", "errors.parking.billDisputed");
  if (stay.status !== "unpaid") throw new AppError("conflict", "errors.parking.billNotPayable");

  const found = await livePayment(db, stayId);
  if (found && inFlight(found)) {
    // A debit the provider never received is sent again; either way the money is already on its way.
    if (found.status === "requested") await requestDebits(db, provider, [found.id]);
    throw new AppError("conflict", "errors.parking.paymentInProgress");
  }
  let payment = found;
  if (!payment) {
    const agreementId = await activeAgreementId(db, userId);
    // Two racing requests write the same key (and the one live payment per subject holds even if they did
    // not): one payment gets in, the other finds it.
    const created = await db.transaction(async (tx) => {
      const [{ attempts }] = (await tx
        .select({ attempts: count() })
        .from(parkingBillPayments)
        .where(eq(parkingBillPayments.stayId, stayId))) as [{ attempts: number }];
      const [recorded] = await recordPayments(tx, [
        {
          idempotencyKey: `${stayId}:manual:${attempts + 1}`,
          purpose: PARKING_BILL_PURPOSE,
          subject: billSubject(stayId),
          description: billDescription(stay.plate, stay.lotId),
          userId,
          agreementId,
          amountFen: stay.feeFen!,
          kind: "manual",
          requestedAt: now,
        },
      ]);
      if (recorded) await linkBillPayments(tx, [{ paymentId: recorded.id, stayId }]);
      return recorded;
    });
    payment = await livePayment(db, stayId);
    if (!created && payment && inFlight(payment))
      throw new AppError("conflict", "errors.parking.paymentInProgress");
  }
  if (payment?.status === "requested") {
    await requestDebits(db, provider, [payment.id], options.checkout);
    payment = await livePayment(db, stayId);
    if (payment?.method === "one_off" && !payment.checkoutUrl)
      throw new AppError("unavailable", "errors.parking.providerUnavailable");
  }
  return payment && toView(payment);
}

type LivePayment = Awaited<ReturnType<typeof livePayment>> & {};

/** Money is being taken: a debit under the agreement not yet settled, or a one-off confirmed at checkout. */
function inFlight(payment: LivePayment): boolean {
  if (payment.status === "succeeded") return false;
  return payment.method === "agreement" || payment.confirmedAt !== null;
}

function toView(payment: LivePayment): PaymentView {
  const { id, status, method, amountFen } = payment;
  const open = method === "one_off" && status === "pending" && payment.confirmedAt === null;
  return { id, status, method, amountFen, checkoutUrl: open ? payment.checkoutUrl : null };
}

async function livePayment(db: Db, stayId: string) {
  const [row] = await db
    .select({
      id: payments.id,
      status: payments.status,
      method: payments.method,
      amountFen: payments.amountFen,
      checkoutUrl: payments.checkoutUrl,
      confirmedAt: payments.confirmedAt,
    })
    .from(payments)
    .where(
      and(
        eq(payments.subject, billSubject(stayId)),
        inArray(payments.status, ["requested", "pending", "succeeded"]),
      ),
    )
    .orderBy(desc(payments.requestedAt))
    .limit(1);
  return row ?? null;
}
