import "server-only";
import { eq } from "drizzle-orm";
import { clinicAccounts } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { issueCardTokens } from "./health-card-token";

/**
 * The resident's health card as `GET /api/clinic/card` answers it: the token for this minute and the next few,
 * so the QR code keeps rotating without a connection. Only an enrolled resident with a line has one.
 */
export async function getHealthCard(db: Db, userId: string, cardSecret: string, now: Date) {
  const [account] = await db
    .select({ healthCardId: clinicAccounts.healthCardId, status: clinicAccounts.status })
    .from(clinicAccounts)
    .where(eq(clinicAccounts.userId, userId));
  if (!account || account.status === "ineligible")
    throw new AppError("not_found", "errors.clinic.notEnrolled");
  const tokens = issueCardTokens(account.healthCardId, cardSecret, now);
  return {
    healthCardId: account.healthCardId,
    token: tokens.token,
    expiresAt: tokens.expiresAt,
    upcoming: tokens.upcoming.map(({ token, validFrom, expiresAt }) => ({ token, validFrom, expiresAt })),
  };
}
