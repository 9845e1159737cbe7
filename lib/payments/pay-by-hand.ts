import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { type PaymentMethod, type PaymentStatus, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { type CheckoutReturnTo, requestDebits } from "./debit-bill";
import { activeAgreementId } from "./payment-agreement";
import type { PaymentProvider } from "./provider";
import { type PaymentRecord, recordPayments } from "./record-payment";

export interface PaymentView {
  id: string;
  status: PaymentStatus;
  method: PaymentMethod;
  amountFen: number;
  /** A one-off payment's checkout, while the person has yet to confirm it there. */
  checkoutUrl: string | null;
}

/** What a service owes and how it names it: the platform records, sends and answers the payment. */
export interface OwedBill {
  purpose: string;
  subject: string;
  description: string;
  amountFen: number;
  /** Inside the recording transaction: the key of this attempt ("{bill}:manual:{n}"). */
  nextKey: (tx: Db) => Promise<string>;
  /** Inside the recording transaction: the service's link from the payment to its bill. */
  link: (tx: Db, paymentId: string) => Promise<void>;
}

/**
 * A person pays a bill by hand. With an active agreement it is debited under it at once; without one, a one-off
 * payment is opened and the answer carries the provider's checkout (a second "Pay" while it is open answers the
 * same one). Money already being taken — a debit sent, or a checkout confirmed — is a 409 `inProgressKey`; a
 * paid bill answers its payment. The service has checked the bill is this person's and payable.
 */
export async function payByHand(
  db: Db,
  provider: PaymentProvider,
  userId: string,
  bill: OwedBill,
  options: { checkout: CheckoutReturnTo; now: Date; inProgressKey: string; unavailableKey: string },
): Promise<PaymentView | null> {
  const found = await livePayment(db, bill.subject);
  if (found && inFlight(found)) {
    // A debit the provider never received is sent again; either way the money is already on its way.
    if (found.status === "requested") await requestDebits(db, provider, [found.id]);
    throw new AppError("conflict", options.inProgressKey);
  }
  let payment = found;
  if (!payment) {
    const agreementId = await activeAgreementId(db, userId);
    // Two racing requests: the one live payment per subject lets one in, and the other finds it.
    const created = await db.transaction(async (tx) => {
      const record: PaymentRecord = {
        idempotencyKey: await bill.nextKey(tx),
        purpose: bill.purpose,
        subject: bill.subject,
        description: bill.description,
        userId,
        agreementId,
        amountFen: bill.amountFen,
        kind: "manual",
        requestedAt: options.now,
      };
      const [recorded] = await recordPayments(tx, [record]);
      if (recorded) await bill.link(tx, recorded.id);
      return recorded;
    });
    payment = await livePayment(db, bill.subject);
    if (!created && payment && inFlight(payment)) throw new AppError("conflict", options.inProgressKey);
  }
  if (payment?.status === "requested") {
    await requestDebits(db, provider, [payment.id], options.checkout);
    payment = await livePayment(db, bill.subject);
    if (payment?.method === "one_off" && !payment.checkoutUrl)
      throw new AppError("unavailable", options.unavailableKey);
  }
  return payment && toView(payment);
}

/** The live or successful payment of a subject, as `payByHand` answers it (a paid bill answers this). */
export async function paymentOfSubject(db: Db, subject: string): Promise<PaymentView | null> {
  const payment = await livePayment(db, subject);
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

async function livePayment(db: Db, subject: string) {
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
      and(eq(payments.subject, subject), inArray(payments.status, ["requested", "pending", "succeeded"])),
    )
    .orderBy(desc(payments.requestedAt))
    .limit(1);
  return row ?? null;
}
