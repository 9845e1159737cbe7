import "server-only";
import { eq } from "drizzle-orm";
import { clinicAccounts } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { ClinicConfig } from "./clinic-config";
import { verifyCardToken } from "./health-card-token";
import type { HisCardVerifyBody } from "./his-schemas";
import { openSealedText } from "./sealed-text";
import { usedCreditFen } from "./used-credit";

export interface CardCheck {
  healthCardId: string;
  /** "suspended": the card is genuine but takes no credit charges until the resident pays what is overdue. */
  status: "active" | "suspended";
  patientNameMasked: string;
  residentIdMasked: string;
  availableFen: number;
  /** Until when the scanned code may name the patient on a first charge. */
  tokenExpiresAt: Date;
}

/** "张三" → "张*", "欧阳娜娜" → "欧***": enough for the desk to match the person in front of it, no more. */
export function maskName(name: string): string {
  const [first = "", ...rest] = [...name.trim()];
  return first + "*".repeat(Math.max(1, rest.length));
}

/**
 * What a hospital's registration desk learns from scanning a health card before it posts any charge: whether the
 * code is genuine and current, whose card it is (masked), and the credit left. Nothing is stored or changed.
 */
export async function verifyCardForHospital(
  db: Db,
  body: HisCardVerifyBody,
  config: Pick<ClinicConfig, "cardSecret" | "sealing">,
  now: Date,
): Promise<CardCheck> {
  const { healthCardId, expiresAt } = verifyCardToken(body.patientToken, config.cardSecret, now);
  const [account] = await db
    .select()
    .from(clinicAccounts)
    .where(eq(clinicAccounts.healthCardId, healthCardId));
  if (
    !account ||
    account.userId === null ||
    (account.status !== "active" && account.status !== "suspended")
  ) {
    throw new AppError("unprocessable", "errors.clinic.unknownHealthCard");
  }
  const used = await usedCreditFen(db, account.id);
  const name = openSealedText(account.nameSealed, config.sealing, `name:${account.residentIdIndex}`);
  return {
    healthCardId,
    status: account.status,
    patientNameMasked: maskName(name),
    residentIdMasked: account.residentIdMasked,
    availableFen: account.status === "active" ? Math.max(0, account.creditLineFen - used) : 0,
    tokenExpiresAt: expiresAt,
  };
}
