import "server-only";
import { and, eq } from "drizzle-orm";
import { clinicCharges, clinicVisits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { HisCancelBody } from "./his-schemas";

/**
 * The hospital cancelled (or refunded) a charge of an open visit: its self-pay part no longer counts against
 * the line. Cancelling again answers the same; after the visit closed, the bill stands (409).
 */
export async function cancelCharge(db: Db, body: HisCancelBody, now: Date): Promise<{ cancelled: true }> {
  return db.transaction(async (tx) => {
    const [charge] = await tx
      .select({ id: clinicCharges.id, status: clinicCharges.status, visitStatus: clinicVisits.status })
      .from(clinicCharges)
      .innerJoin(clinicVisits, eq(clinicVisits.id, clinicCharges.visitRowId))
      .where(and(eq(clinicCharges.hospitalId, body.hospitalId), eq(clinicCharges.chargeId, body.chargeId)))
      .for("update");
    if (!charge) throw new AppError("not_found", "errors.clinic.unknownCharge");
    if (charge.visitStatus === "closed") throw new AppError("conflict", "errors.clinic.visitClosed");
    if (charge.status === "authorized")
      await tx
        .update(clinicCharges)
        .set({ status: "cancelled", cancelledAt: now })
        .where(eq(clinicCharges.id, charge.id));
    return { cancelled: true as const };
  });
}
