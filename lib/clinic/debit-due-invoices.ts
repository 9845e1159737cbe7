import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { clinicAccounts } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { recordPayments } from "@/lib/payments/record-payment";
import {
  CLINIC_INVOICE_PURPOSE,
  invoiceDescription,
  invoiceSubject,
  linkInvoicePayment,
  nextInvoiceKey,
} from "./invoice-payment-link";

interface DueInvoice {
  id: string;
  account_id: string;
  user_id: string | null;
  amount_fen: number;
  hospital_id: string;
  visit_id: string;
  agreement_id: string | null;
}

/**
 * Invoices unpaid at their deadline are debited once through the payment agreement; one that cannot be (the
 * agreement was revoked, or the account deleted) suspends the account at once, as a refused debit does. Returns
 * the payments to send to the provider after the commit.
 */
export async function debitDueInvoices(db: Db, now: Date, limit = 100): Promise<string[]> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      select i.id, i.account_id, a.user_id, i.total_self_pay_fen as amount_fen, v.hospital_id, v.visit_id,
        pa.id as agreement_id
      from clinic_invoices i
      join clinic_visits v on v.id = i.visit_row_id
      join clinic_accounts a on a.id = i.account_id
      left join payment_agreements pa on pa.user_id = a.user_id and pa.status = 'active'
      where i.paid_at is null and i.due_at <= ${now.toISOString()}
        and not exists (select 1 from clinic_invoice_payments l join payments p on p.id = l.payment_id
          where l.invoice_id = i.id and (p.kind = 'auto' or p.status in ('requested', 'pending', 'succeeded')))
      order by i.due_at limit ${limit}
      for update of i skip locked`);
    const due = (result as unknown as { rows: DueInvoice[] }).rows;
    const paymentIds: string[] = [];
    for (const invoice of due) {
      if (!invoice.agreement_id || !invoice.user_id) {
        await tx
          .update(clinicAccounts)
          .set({ status: "suspended", suspendedAt: now, updatedAt: now })
          .where(and(eq(clinicAccounts.id, invoice.account_id), eq(clinicAccounts.status, "active")));
        continue;
      }
      const [recorded] = await recordPayments(tx, [
        {
          idempotencyKey: await nextInvoiceKey(tx, invoice.id, "auto"),
          purpose: CLINIC_INVOICE_PURPOSE,
          subject: invoiceSubject(invoice.id),
          description: invoiceDescription(invoice.hospital_id, invoice.visit_id),
          userId: invoice.user_id,
          agreementId: invoice.agreement_id,
          amountFen: invoice.amount_fen,
          kind: "auto",
          requestedAt: now,
        },
      ]);
      if (recorded) {
        await linkInvoicePayment(tx, recorded.id, invoice.id);
        paymentIds.push(recorded.id);
      }
    }
    return paymentIds;
  });
}
