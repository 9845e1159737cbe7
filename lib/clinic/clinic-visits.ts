import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { type ClinicChargeItem, clinicAccounts, clinicCharges, clinicVisits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

export interface ClinicChargeView {
  chargeId: string;
  occurredAt: string;
  status: "authorized" | "cancelled";
  selfPayFen: number;
  insuranceFen: number;
  items: ClinicChargeItem[];
}

export interface ClinicVisitView {
  id: string;
  hospitalId: string;
  visitId: string;
  status: "open" | "closed";
  openedAt: string;
  closedAt: string | null;
  /** Of the authorised (not cancelled) charges. */
  selfPayFen: number;
  insuranceFen: number;
  charges: ClinicChargeView[];
}

/** My visits, newest first, each with its charges as the hospital itemised them (`GET /api/clinic/visits`). */
export async function listClinicVisits(db: Db, userId: string, limit = 50): Promise<ClinicVisitView[]> {
  const visits = await db
    .select({
      id: clinicVisits.id,
      hospitalId: clinicVisits.hospitalId,
      visitId: clinicVisits.visitId,
      status: clinicVisits.status,
      openedAt: clinicVisits.openedAt,
      closedAt: clinicVisits.closedAt,
    })
    .from(clinicVisits)
    .innerJoin(clinicAccounts, eq(clinicAccounts.id, clinicVisits.accountId))
    .where(eq(clinicAccounts.userId, userId))
    .orderBy(desc(clinicVisits.openedAt))
    .limit(limit);
  if (visits.length === 0) return [];
  const charges = await db
    .select()
    .from(clinicCharges)
    .where(
      inArray(
        clinicCharges.visitRowId,
        visits.map((visit) => visit.id),
      ),
    )
    .orderBy(clinicCharges.occurredAt, clinicCharges.createdAt);
  return visits.map((visit) => {
    const own = charges.filter((charge) => charge.visitRowId === visit.id);
    const authorised = own.filter((charge) => charge.status === "authorized");
    return {
      ...visit,
      openedAt: visit.openedAt.toISOString(),
      closedAt: visit.closedAt?.toISOString() ?? null,
      selfPayFen: authorised.reduce((sum, charge) => sum + charge.selfPayFen, 0),
      insuranceFen: authorised.reduce((sum, charge) => sum + charge.insuranceFen, 0),
      charges: own.map((charge) => ({
        chargeId: charge.chargeId,
        occurredAt: charge.occurredAt.toISOString(),
        status: charge.status,
        selfPayFen: charge.selfPayFen,
        insuranceFen: charge.insuranceFen,
        items: charge.items,
      })),
    };
  });
}
