import "server-only";
import { and, eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { paymentAgreements } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { DEFAULT_PER_BILL_LIMIT_FEN } from "./agreement-limit";

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

/** What the resident sees of their agreement. */
export interface AgreementView {
  status: AgreementStatus;
  perBillLimitFen?: number;
  signedAt?: string;
}

/**
 * Signs the password-free payment agreement with a per-bill limit; signing again keeps the one already active
 * (and its limit: changing it is `setPerBillLimit`).
 */
export async function signAgreement(
  db: Db,
  userId: string,
  now = serverNow(),
  perBillLimitFen = DEFAULT_PER_BILL_LIMIT_FEN,
): Promise<AgreementStatus> {
  await db
    .insert(paymentAgreements)
    .values({ userId, status: "active", signedAt: now, perBillLimitFen })
    .onConflictDoNothing({ target: paymentAgreements.userId, where: eq(paymentAgreements.status, "active") });
  return "active";
}

/** Changes the active agreement's per-bill limit; false when there is no active agreement. */
export async function setPerBillLimit(db: Db, userId: string, perBillLimitFen: number): Promise<boolean> {
  const updated = await db
    .update(paymentAgreements)
    .set({ perBillLimitFen })
    .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")))
    .returning({ id: paymentAgreements.id });
  return updated.length > 0;
}

/** The active agreement's status, limit and signing time. */
export async function agreementView(db: Db, userId: string): Promise<AgreementView> {
  const [row] = await db
    .select({ limit: paymentAgreements.perBillLimitFen, signedAt: paymentAgreements.signedAt })
    .from(paymentAgreements)
    .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")))
    .limit(1);
  return row
    ? { status: "active", perBillLimitFen: row.limit, signedAt: row.signedAt.toISOString() }
    : { status: "none" };
}

/** Revokes the active agreement (if any): later bills are no longer debited automatically. */
export async function revokeAgreement(db: Db, userId: string, now = serverNow()): Promise<void> {
  await db
    .update(paymentAgreements)
    .set({ status: "revoked", revokedAt: now })
    .where(and(eq(paymentAgreements.userId, userId), eq(paymentAgreements.status, "active")));
}
