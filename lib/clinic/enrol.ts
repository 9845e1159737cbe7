import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { clinicAccounts } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { activeAgreementId } from "@/lib/payments/payment-agreement";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { type ClinicAccountView, getClinicAccount } from "./clinic-account";
import type { ClinicConfig } from "./clinic-config";
import { decideEligibility, type Reason } from "./credit-tiers";
import { maskResidentId, RealName, ResidentIdNumber } from "./resident-id";
import { blindIndex, sealText } from "./sealed-text";

/** The consent text the resident accepts (messages clinic.consent.*), by version: what was agreed is recorded. */
export const CLINIC_CONSENT_VERSION = "2026-12-v1";
const CREDIT_CHECKS_PER_DAY = 3;

export const EnrolInput = z.strictObject({
  name: RealName,
  idNumber: ResidentIdNumber,
  consent: z.literal(true, { error: "errors.clinic.consentRequired" }),
});
export type EnrolInput = z.input<typeof EnrolInput>;

export interface EnrolResult {
  account: ClinicAccountView;
  /** Why the line is what it is, or why there is none, as sentences (i18n keys and their values). */
  reasons: Reason[];
}

/**
 * Enrols a resident: real name and identity number (sealed; one enrolment per person), the consent version, the
 * credit service's score and the line it earns. The payment agreement must be active (a bill not paid in time is
 * debited under it). Enrolling again after an ineligible decision asks for a new score; an enrolled resident's
 * account is answered as it is.
 */
export async function enrol(
  db: Db,
  userId: string,
  input: z.output<typeof EnrolInput>,
  config: ClinicConfig,
  now: Date,
): Promise<EnrolResult> {
  if (!(await activeAgreementId(db, userId)))
    throw new AppError("conflict", "errors.clinic.agreementRequired");
  const [current] = await db.select().from(clinicAccounts).where(eq(clinicAccounts.userId, userId));
  if (current && current.status !== "ineligible") {
    const decision = decideEligibility(current.score, config.policy);
    return { account: await getClinicAccount(db, userId), reasons: decision.reasons };
  }
  const residentIdIndex = blindIndex(input.idNumber, config.blindIndex);
  const [holder] = await db
    .select({ userId: clinicAccounts.userId })
    .from(clinicAccounts)
    .where(eq(clinicAccounts.residentIdIndex, residentIdIndex));
  if (holder && holder.userId !== userId) throw new AppError("conflict", "errors.clinic.idEnrolledElsewhere");
  if (current && current.residentIdIndex !== residentIdIndex)
    throw new AppError("conflict", "errors.clinic.idDiffersFromEnrolment");

  // Each enrolment asks the credit service: a few a day per account, so no one can use it to look people up.
  const limit = await consumeRateLimit(db, {
    bucket: "clinic.credit-check.user",
    subject: userId,
    limit: CREDIT_CHECKS_PER_DAY,
    windowSeconds: 24 * 60 * 60,
  });
  if (!limit.allowed) {
    throw new AppError("rate_limited", "errors.clinic.creditChecksThrottled", {
      values: { hours: Math.ceil(limit.retryAfterSeconds / 3600) },
      extra: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  }
  // The credit service is asked outside any transaction; the row is written once its answer is in.
  const scored = await config.credit.score({ residentId: input.idNumber, name: input.name });
  const decision = decideEligibility(scored.score, config.policy);
  const values = {
    userId,
    healthCardId: current?.healthCardId ?? `HC${randomBytes(9).toString("base64url")}`,
    nameSealed: sealText(input.name, config.sealing, `name:${residentIdIndex}`),
    residentIdSealed: sealText(input.idNumber, config.sealing, `id:${residentIdIndex}`),
    residentIdIndex,
    residentIdMasked: maskResidentId(input.idNumber),
    consentVersion: CLINIC_CONSENT_VERSION,
    consentedAt: now,
    score: scored.score,
    scoredAt: scored.scoredAt,
    tier: decision.tier,
    creditLineFen: decision.creditLineFen,
    status: decision.eligible ? ("active" as const) : ("ineligible" as const),
    updatedAt: now,
  };
  // Two enrolments at once: the unique indexes let one in; the other then reads the account it made.
  await db
    .insert(clinicAccounts)
    .values({ ...values, createdAt: now })
    .onConflictDoUpdate({
      target: clinicAccounts.userId,
      set: values,
      setWhere: eq(clinicAccounts.status, "ineligible"),
    })
    .catch(async (error: unknown) => {
      const [again] = await db.select().from(clinicAccounts).where(eq(clinicAccounts.userId, userId));
      if (!again) throw new AppError("conflict", "errors.clinic.idEnrolledElsewhere");
      if (again.residentIdIndex !== residentIdIndex) throw error;
    });
  return { account: await getClinicAccount(db, userId), reasons: decision.reasons };
}
