import "server-only";
import { and, eq } from "drizzle-orm";
import { clinicAccounts, clinicInvoices, clinicVisits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { CheckoutReturnTo } from "@/lib/payments/debit-bill";
import { type PaymentView, payByHand, paymentOfSubject } from "@/lib/payments/pay-by-hand";
import type { PaymentProvider } from "@/lib/payments/provider";
import {
  CLINIC_INVOICE_PURPOSE,
  invoiceDescription,
  invoiceSubject,
  linkInvoicePayment,
  nextInvoiceKey,
} from "./invoice-payment-link";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Pays one of my clinic invoices in the app: under the payment agreement at once, or at the provider's checkout
 * when there is none (paying in the app never needs the agreement). A paid invoice answers its payment; someone
 * else's invoice does not exist (404).
 */
export async function payInvoice(
  db: Db,
  provider: PaymentProvider,
  userId: string,
  invoiceId: string,
  options: { checkout: CheckoutReturnTo; now: Date },
): Promise<PaymentView | null> {
  if (!UUID.test(invoiceId)) throw new AppError("not_found", "errors.clinic.unknownInvoice");
  const [invoice] = await db
    .select({
      id: clinicInvoices.id,
      amountFen: clinicInvoices.totalSelfPayFen,
      paidAt: clinicInvoices.paidAt,
      hospitalId: clinicVisits.hospitalId,
      visitId: clinicVisits.visitId,
    })
    .from(clinicInvoices)
    .innerJoin(clinicAccounts, eq(clinicAccounts.id, clinicInvoices.accountId))
    .innerJoin(clinicVisits, eq(clinicVisits.id, clinicInvoices.visitRowId))
    .where(and(eq(clinicInvoices.id, invoiceId), eq(clinicAccounts.userId, userId)));
  if (!invoice) throw new AppError("not_found", "errors.clinic.unknownInvoice");
  if (invoice.paidAt) return paymentOfSubject(db, invoiceSubject(invoiceId));
  return payByHand(
    db,
    provider,
    userId,
    {
      purpose: CLINIC_INVOICE_PURPOSE,
      subject: invoiceSubject(invoiceId),
      description: invoiceDescription(invoice.hospitalId, invoice.visitId),
      amountFen: invoice.amountFen,
      nextKey: (tx) => nextInvoiceKey(tx, invoiceId, "manual"),
      link: (tx, paymentId) => linkInvoicePayment(tx, paymentId, invoiceId),
    },
    {
      checkout: options.checkout,
      now: options.now,
      inProgressKey: "errors.clinic.paymentInProgress",
      unavailableKey: "errors.clinic.providerUnavailable",
    },
  );
}
