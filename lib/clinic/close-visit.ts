import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { clinicInvoices, clinicVisits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { HisCloseBody } from "./his-schemas";

/** A closed visit's bill is due this long after closing. */
export const INVOICE_DUE_MS = 48 * 3_600_000;

export interface ClosedVisit {
  invoiceId: string;
  totalSelfPayFen: number;
  dueAt: string;
  accountId: string;
}

/**
 * Closes a visit: one itemised invoice of its authorised charges, due 48 h later. Closing again answers the
 * same invoice.
 */
export async function closeVisit(db: Db, body: HisCloseBody, now: Date): Promise<ClosedVisit> {
  return db.transaction(async (tx) => {
    const [visit] = await tx
      .select()
      .from(clinicVisits)
      .where(and(eq(clinicVisits.hospitalId, body.hospitalId), eq(clinicVisits.visitId, body.visitId)))
      .for("update");
    if (!visit) throw new AppError("not_found", "errors.clinic.unknownVisit");
    if (visit.status === "open") {
      const totals = await tx.execute(sql`
        select coalesce(sum(self_pay_fen), 0)::int as self_pay, coalesce(sum(insurance_fen), 0)::int as insurance
        from clinic_charges where visit_row_id = ${visit.id}::uuid and status = 'authorized'`);
      const { self_pay, insurance } = (
        totals as unknown as { rows: { self_pay: number; insurance: number }[] }
      ).rows[0]!;
      await tx.insert(clinicInvoices).values({
        visitRowId: visit.id,
        accountId: visit.accountId,
        totalSelfPayFen: self_pay,
        totalInsuranceFen: insurance,
        issuedAt: now,
        dueAt: new Date(now.getTime() + INVOICE_DUE_MS),
        // Nothing to pay (everything cancelled or covered by insurance): settled as it is issued.
        paidAt: self_pay === 0 ? now : null,
      });
      await tx
        .update(clinicVisits)
        .set({ status: "closed", closedAt: now })
        .where(eq(clinicVisits.id, visit.id));
    }
    const [invoice] = await tx.select().from(clinicInvoices).where(eq(clinicInvoices.visitRowId, visit.id));
    return {
      invoiceId: invoice!.id,
      totalSelfPayFen: invoice!.totalSelfPayFen,
      dueAt: invoice!.dueAt.toISOString(),
      accountId: visit.accountId,
    };
  });
}
