import "server-only";
import { and, eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { paymentAgreements } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

export type AgreementStatus = "active" | "none";

/** The user's active payment agreement id, if any. */
export async function activeAgreementId(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: paymentAgreements.id })
    .from(paymentAgreements)
    .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")))
    .limit(1);
  return row?.id ?? null;
}

/** Signs the password-free payment agreement; signing again keeps the one already active. */
export async function signAgreement(db: Db, userId: string, now = serverNow()): Promise<AgreementStatus> {
  await db
    .insert(paymentAgreements)
    .values({ userId, status: "active", signedAt: now })
    .onConflictDoNothing({ target: paymentAgreements.userId, where: eq(paymentAgreements.status, "active") });
  return "active";
}

/** Revokes the active agreement (if any): later bills are no longer debited automatically. */
export async function revokeAgreement(db: Db, userId: string, now = serverNow()): Promise<void> {
  await db
    .update(paymentAgreements)
    .set({ status: "revoked", revokedAt: now })
    .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")));
}

/** "active" or "none". */
export async function agreementStatus(db: Db, userId: string): Promise<AgreementStatus> {
  return (await activeAgreementId(db, userId)) ? "active" : "none";
}
