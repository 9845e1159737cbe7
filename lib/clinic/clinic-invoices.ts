import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import {
  clinicAccounts,
  clinicInvoicePayments,
  clinicInvoices,
  clinicVisits,
  payments,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type BillState, billState } from "@/lib/payments/bill-lifecycle";

export interface ClinicInvoiceView {
  id: string;
  hospitalId: string;
  visitId: string;
  issuedAt: string;
  dueAt: string;
  paidAt: string | null;
  totalSelfPayFen: number;
  totalInsuranceFen: number;
  state: BillState;
  /** The payment that settled it, or the one under way: how, and the provider's transaction number. */
  payment: { method: "agreement" | "one_off"; kind: "auto" | "manual"; providerRef: string | null } | null;
}

/** My clinic bills, newest first, in the one bill lifecycle every service shares (`GET /api/clinic/invoices`). */
export async function listClinicInvoices(
  db: Db,
  userId: string,
  now: Date,
  limit = 50,
): Promise<ClinicInvoiceView[]> {
  const invoices = await db
    .select({
      id: clinicInvoices.id,
      hospitalId: clinicVisits.hospitalId,
      visitId: clinicVisits.visitId,
      issuedAt: clinicInvoices.issuedAt,
      dueAt: clinicInvoices.dueAt,
      paidAt: clinicInvoices.paidAt,
      totalSelfPayFen: clinicInvoices.totalSelfPayFen,
      totalInsuranceFen: clinicInvoices.totalInsuranceFen,
    })
    .from(clinicInvoices)
    .innerJoin(clinicAccounts, eq(clinicAccounts.id, clinicInvoices.accountId))
    .innerJoin(clinicVisits, eq(clinicVisits.id, clinicInvoices.visitRowId))
    .where(eq(clinicAccounts.userId, userId))
    .orderBy(desc(clinicInvoices.issuedAt))
    .limit(limit);
  if (invoices.length === 0) return [];
  const attempts = await db
    .select({
      invoiceId: clinicInvoicePayments.invoiceId,
      status: payments.status,
      method: payments.method,
      kind: payments.kind,
      providerRef: payments.providerRef,
    })
    .from(clinicInvoicePayments)
    .innerJoin(payments, eq(payments.id, clinicInvoicePayments.paymentId))
    .where(
      inArray(
        clinicInvoicePayments.invoiceId,
        invoices.map((invoice) => invoice.id),
      ),
    )
    .orderBy(desc(payments.requestedAt));
  return invoices.map((invoice) => {
    const latest = attempts.find((attempt) => attempt.invoiceId === invoice.id);
    const live = latest && ["requested", "pending", "succeeded"].includes(latest.status) ? latest : undefined;
    const state = billState(
      {
        closed: true,
        settled: invoice.paidAt ? "paid" : null,
        collection: live ? "processing" : latest?.status === "declined" ? "failed" : null,
        dueAt: invoice.dueAt,
      },
      now,
    );
    return {
      ...invoice,
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt.toISOString(),
      paidAt: invoice.paidAt?.toISOString() ?? null,
      state,
      payment: live ? { method: live.method, kind: live.kind, providerRef: live.providerRef } : null,
    };
  });
}
