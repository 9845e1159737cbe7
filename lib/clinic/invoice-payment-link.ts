import "server-only";
import { count, eq } from "drizzle-orm";
import { clinicInvoicePayments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** Clinic invoices' payment purpose (lib/payment-purposes.ts registers its rules). */
export const CLINIC_INVOICE_PURPOSE = "clinic_invoice";

/** Who a clinic invoice's one-off payment names as paid, at the provider's checkout. */
export const CLINIC_PAYEE = "杭州城市大脑 · 信用就医 / Hangzhou City Brain Clinic Credit";

/** The payments platform's name for an invoice: at most one live or successful payment. */
export function invoiceSubject(invoiceId: string): string {
  return `${CLINIC_INVOICE_PURPOSE}:${invoiceId}`;
}

/** What the provider shows the payer. */
export function invoiceDescription(hospitalId: string, visitId: string): string {
  return `Clinic visit ${visitId} @ ${hospitalId}`;
}

/** Links a recorded payment to the invoice it pays, in the transaction that recorded it. */
export async function linkInvoicePayment(tx: Db, paymentId: string, invoiceId: string): Promise<void> {
  await tx.insert(clinicInvoicePayments).values({ paymentId, invoiceId });
}

/** The key of the next attempt to collect an invoice: "{invoice}:{kind}:{n}". */
export async function nextInvoiceKey(tx: Db, invoiceId: string, kind: "auto" | "manual"): Promise<string> {
  const [{ attempts }] = (await tx
    .select({ attempts: count() })
    .from(clinicInvoicePayments)
    .where(eq(clinicInvoicePayments.invoiceId, invoiceId))) as [{ attempts: number }];
  return `${invoiceId}:${kind}:${attempts + 1}`;
}

/** The invoice a payment of this purpose pays. */
export async function invoiceOfPayment(db: Db, paymentId: string): Promise<string> {
  const [link] = await db
    .select({ invoiceId: clinicInvoicePayments.invoiceId })
    .from(clinicInvoicePayments)
    .where(eq(clinicInvoicePayments.paymentId, paymentId));
  if (!link) throw new Error(`Payment ${paymentId} is linked to no clinic invoice`);
  return link.invoiceId;
}
