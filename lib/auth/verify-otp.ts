import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { otpChallenges } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { verifyPerIp } from "./limits";
import { hashCode, hashesMatch, MAX_FAILED_ATTEMPTS } from "./otp-code";
import { maskPhone } from "./phone";
import { recordPrivacyConsent } from "./privacy-consent";
import { authSecret } from "./server-secret";
import { createSession, type PublicUser } from "./sessions";
import { upsertUserOnSignIn } from "./users";

export interface VerifyOtpInput {
  /** Already normalised (PhoneSchema / CodeSchema). */
  phone: string;
  code: string;
  ip: string;
  /** False only for sandbox journeys carrying the sandbox token: then the per-address limit does not apply. */
  limitAddress?: boolean;
  locale: Locale;
  userAgent?: string | null;
  now?: Date;
}

type Check =
  | { ok: true; privacyVersion: string | null }
  | { ok: false; messageKey: string; values?: Record<string, number> };

/**
 * Checks a sign-in code against the newest challenge for the phone and consumes it (once, even under
 * concurrency); on success signs the person in, creating the account on first use.
 */
export async function verifyOtp(
  db: Db,
  input: VerifyOtpInput,
): Promise<{ user: PublicUser; token: string; expiresAt: Date }> {
  const now = input.now ?? serverNow();
  const limit =
    input.limitAddress === false
      ? { allowed: true, retryAfterSeconds: 0 }
      : await consumeRateLimit(db, verifyPerIp(input.ip), { now: input.now });
  if (!limit.allowed) {
    const seconds = limit.retryAfterSeconds;
    throw new AppError("rate_limited", "auth.errors.verifyThrottled", {
      values: { seconds, minutes: Math.ceil(seconds / 60) },
      extra: { retryAfterSeconds: seconds },
    });
  }

  const secret = await authSecret(db);
  const submitted = hashCode(secret, input.phone, input.code);
  // Runs to completion (no throw inside) so a failed attempt is counted even though the answer is 401.
  const check = await db.transaction(async (tx): Promise<Check> => {
    const [challenge] = await tx
      .select()
      .from(otpChallenges)
      .where(eq(otpChallenges.phone, input.phone))
      .orderBy(desc(otpChallenges.createdAt))
      .limit(1)
      .for("update");
    if (!challenge) return { ok: false, messageKey: "auth.errors.codeNotRequested" };
    if (challenge.consumedAt) return { ok: false, messageKey: "auth.errors.codeUsed" };
    if (challenge.expiresAt <= now) return { ok: false, messageKey: "auth.errors.codeExpired" };
    if (challenge.failedAttempts >= MAX_FAILED_ATTEMPTS)
      return { ok: false, messageKey: "auth.errors.codeLocked" };
    if (hashesMatch(submitted, challenge.codeHash)) {
      await tx.update(otpChallenges).set({ consumedAt: now }).where(eq(otpChallenges.id, challenge.id));
      return { ok: true, privacyVersion: challenge.privacyVersion };
    }
    const failedAttempts = challenge.failedAttempts + 1;
    await tx.update(otpChallenges).set({ failedAttempts }).where(eq(otpChallenges.id, challenge.id));
    if (failedAttempts >= MAX_FAILED_ATTEMPTS) return { ok: false, messageKey: "auth.errors.codeLocked" };
    const [older] = await tx
      .select({ id: otpChallenges.id })
      .from(otpChallenges)
      .where(
        and(
          eq(otpChallenges.phone, input.phone),
          eq(otpChallenges.codeHash, submitted),
          ne(otpChallenges.id, challenge.id),
        ),
      )
      .limit(1);
    const remaining = MAX_FAILED_ATTEMPTS - failedAttempts;
    return {
      ok: false,
      messageKey: older ? "auth.errors.codeSuperseded" : "auth.errors.codeWrong",
      values: { remaining },
    };
  });
  if (!check.ok) throw new AppError("unauthorized", check.messageKey, { values: check.values });

  const user = await upsertUserOnSignIn(db, input.phone, { locale: input.locale, now });
  if (check.privacyVersion) await recordPrivacyConsent(db, user.id, check.privacyVersion, now);
  const session = await createSession(db, user.id, { userAgent: input.userAgent, now });
  return {
    user: { id: user.id, phone: maskPhone(user.phone), locale: user.locale },
    token: session.token,
    expiresAt: session.expiresAt,
  };
}
