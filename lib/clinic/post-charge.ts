import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { clinicAccounts, clinicCharges, clinicVisits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { verifyCardToken } from "./health-card-token";
import type { HisChargeBody } from "./his-schemas";
import { usedCreditFen } from "./used-credit";

export interface ChargeAnswer {
  /** 201 for a charge authorised now, 200 for one authorised before (the same chargeId and body). */
  status: 200 | 201;
  body: { authorized: true; selfPayFen: number; availableFen: number };
  accountId: string;
}

/** A body's fingerprint: the same chargeId with another body is a different charge, refused. */
function bodyHash(body: HisChargeBody): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex");
}

/**
 * Authorises a hospital's charge against the patient's line, or refuses it (402, not stored: a retry is judged
 * again). The patient is named by the health-card token on a visit's first charge; later charges inherit the
 * visit's patient. The patient's account row is locked while the charge is judged, so concurrent charges from
 * any number of hospitals are judged one after another and never add up to more than the line.
 */
export async function postCharge(
  db: Db,
  body: HisChargeBody,
  options: { cardSecret: string; now: Date },
): Promise<ChargeAnswer> {
  const hash = bodyHash(body);
  const selfPayFen = body.items.reduce((sum, item) => sum + item.selfPayFen, 0);
  const insuranceFen = body.items.reduce((sum, item) => sum + item.insuranceFen, 0);
  const tokenCard = body.patientToken
    ? verifyCardToken(body.patientToken, options.cardSecret, options.now).healthCardId
    : null;
  const visitKey = and(eq(clinicVisits.hospitalId, body.hospitalId), eq(clinicVisits.visitId, body.visitId));

  return db.transaction(async (tx) => {
    const [known] = await tx.select().from(clinicVisits).where(visitKey);
    const accountId = known?.accountId ?? (await accountOfCard(tx, tokenCard));
    const [account] = await tx
      .select()
      .from(clinicAccounts)
      .where(eq(clinicAccounts.id, accountId))
      .for("update");
    if (tokenCard !== null && account!.healthCardId !== tokenCard)
      throw new AppError("conflict", "errors.clinic.visitOfAnotherPatient");

    // Read again under the lock: a concurrent first charge of this visit, or this very charge, may have landed.
    const [earlier] = await tx
      .select()
      .from(clinicCharges)
      .where(and(eq(clinicCharges.hospitalId, body.hospitalId), eq(clinicCharges.chargeId, body.chargeId)));
    if (earlier) {
      if (earlier.bodyHash !== hash) throw new AppError("conflict", "errors.clinic.chargeIdReused");
      return {
        status: 200 as const,
        body: {
          authorized: true as const,
          selfPayFen: earlier.selfPayFen,
          availableFen: earlier.availableAfterFen,
        },
        accountId,
      };
    }
    const [visit] = await tx.select().from(clinicVisits).where(visitKey);
    if (visit?.status === "closed") throw new AppError("conflict", "errors.clinic.visitClosed");
    if (account!.status !== "active")
      throw new AppError("forbidden", `errors.clinic.account_${account!.status}`);

    const availableFen = account!.creditLineFen - (await usedCreditFen(tx, accountId));
    if (selfPayFen > availableFen) {
      throw new AppError("credit_exceeded", "errors.clinic.creditExceeded", {
        values: { availableFen: Math.max(0, availableFen) },
        extra: { availableFen: Math.max(0, availableFen) },
      });
    }
    const visitRowId = visit?.id ?? (await openVisit(tx, body, accountId, options.now));
    await tx.insert(clinicCharges).values({
      hospitalId: body.hospitalId,
      chargeId: body.chargeId,
      visitRowId,
      accountId,
      occurredAt: new Date(body.occurredAt),
      items: body.items,
      selfPayFen,
      insuranceFen,
      bodyHash: hash,
      availableAfterFen: availableFen - selfPayFen,
      status: "authorized",
      createdAt: options.now,
    });
    return {
      status: 201 as const,
      body: { authorized: true as const, selfPayFen, availableFen: availableFen - selfPayFen },
      accountId,
    };
  });
}

/** The account a scanned health card names; a visit's first charge must carry one. */
async function accountOfCard(tx: Db, healthCardId: string | null): Promise<string> {
  if (healthCardId === null) throw new AppError("unprocessable", "errors.clinic.patientTokenRequired");
  const [account] = await tx
    .select({ id: clinicAccounts.id, userId: clinicAccounts.userId })
    .from(clinicAccounts)
    .where(eq(clinicAccounts.healthCardId, healthCardId));
  // A card whose resident deleted their account (a code captured in its last minute) names nobody now.
  if (!account || account.userId === null)
    throw new AppError("unprocessable", "errors.clinic.unknownHealthCard");
  return account.id;
}

/** Opens the visit for this patient; a visit number another patient's charge opened meanwhile is a 409. */
async function openVisit(tx: Db, body: HisChargeBody, accountId: string, now: Date): Promise<string> {
  const [opened] = await tx
    .insert(clinicVisits)
    .values({ hospitalId: body.hospitalId, visitId: body.visitId, accountId, status: "open", openedAt: now })
    .onConflictDoNothing()
    .returning({ id: clinicVisits.id });
  if (!opened) throw new AppError("conflict", "errors.clinic.visitOfAnotherPatient");
  return opened.id;
}
