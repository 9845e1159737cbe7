import "server-only";
import { and, eq, isNull, lte, ne } from "drizzle-orm";
import { clinicAccounts, clinicInvoices } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { CreditPolicy } from "./credit-tiers";
import { creditLineOfTier, tierBelow } from "./credit-tiers";

/**
 * Inside the callback's transaction: what a settled invoice payment means. Paid: the invoice is settled, and a
 * suspended account with no other overdue invoice is reinstated one tier lower (from the lowest tier it stays
 * suspended until a new score). A deadline debit refused: the account is suspended.
 */
export async function settleClinicInvoice(
  tx: Db,
  invoiceId: string,
  payment: { kind: "auto" | "manual" },
  outcome: "succeeded" | "declined",
  settledAt: Date,
  now: Date,
  policy: CreditPolicy,
): Promise<void> {
  const [invoice] = await tx.select().from(clinicInvoices).where(eq(clinicInvoices.id, invoiceId));
  if (!invoice) return;
  const [account] = await tx
    .select()
    .from(clinicAccounts)
    .where(eq(clinicAccounts.id, invoice.accountId))
    .for("update");
  if (outcome === "declined") {
    if (payment.kind === "auto" && account?.status === "active")
      await tx
        .update(clinicAccounts)
        .set({ status: "suspended", suspendedAt: now, updatedAt: now })
        .where(eq(clinicAccounts.id, account.id));
    return;
  }
  await tx
    .update(clinicInvoices)
    .set({ paidAt: settledAt })
    .where(and(eq(clinicInvoices.id, invoiceId), isNull(clinicInvoices.paidAt)));
  if (account?.status !== "suspended" || account.tier === null) return;
  const [stillOverdue] = await tx
    .select({ id: clinicInvoices.id })
    .from(clinicInvoices)
    .where(
      and(
        eq(clinicInvoices.accountId, account.id),
        ne(clinicInvoices.id, invoiceId),
        isNull(clinicInvoices.paidAt),
        lte(clinicInvoices.dueAt, now),
      ),
    )
    .limit(1);
  if (stillOverdue) return;
  const lower = tierBelow(account.tier);
  if (lower === null) return;
  await tx
    .update(clinicAccounts)
    .set({
      status: "active",
      tier: lower,
      creditLineFen: creditLineOfTier(lower, policy),
      suspendedAt: null,
      updatedAt: now,
    })
    .where(eq(clinicAccounts.id, account.id));
}
