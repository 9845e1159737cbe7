import "server-only";
import { and, eq, isNull, lt, ne } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { otpChallenges } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { consumeRateLimits, refundRateLimitHits } from "@/lib/rate-limit/consume";
import { otpPerIp, otpPerIpWithProof, otpPerPhone } from "./limits";
import { CODE_TTL_MS, generateCode, hashCode } from "./otp-code";
import type { ProofInput } from "./proof-input";
import { signInChallenge, spendProof } from "./proof-of-work";
import { authSecret } from "./server-secret";
import { type SmsProvider, SmsSendError } from "./sms/types";

export interface RequestOtpInput {
  /** Already normalised (PhoneSchema). */
  phone: string;
  /** The privacy policy version accepted on the form (checked by OtpRequestInput); recorded at sign-in. */
  privacyVersion: string;
  /** A solved proof-of-work challenge, sent when this network has used its hourly share of codes. */
  proof?: ProofInput;
  ip: string;
  /** False only for sandbox journeys carrying the sandbox token: then the per-address limit does not apply. */
  limitAddress?: boolean;
  locale: Locale;
  sms: SmsProvider;
  now?: Date;
}

/**
 * Issues a sign-in code for `phone` and sends it by SMS in the person's language. Throttled per phone and
 * per client address; the newest code supersedes earlier ones. Returns the code only for the sandbox.
 */
export async function requestOtp(db: Db, input: RequestOtpInput): Promise<{ devCode?: string }> {
  const now = input.now ?? serverNow();
  const phoneRule = otpPerPhone(input.phone);
  if (input.proof) await spendProof(db, input.proof);
  // Past its hourly share a network proves work for each code (it is never simply refused below the hard cap).
  const addressRules = input.proof
    ? [otpPerIpWithProof(input.ip)]
    : [otpPerIp(input.ip), otpPerIpWithProof(input.ip)];
  const rules = input.limitAddress === false ? [phoneRule] : [phoneRule, ...addressRules];
  // Counted by the database's clock unless a test names the instant: every app server sees the same window.
  const limit = await consumeRateLimits(db, rules, { now: input.now });
  if (!limit.allowed && limit.refusedBy?.bucket === otpPerIp(input.ip).bucket) {
    throw new AppError("rate_limited", "auth.errors.proofRequired", {
      extra: { challenge: await signInChallenge(db) },
    });
  }
  if (!limit.allowed) {
    const seconds = limit.retryAfterSeconds;
    const perPhone = limit.refusedBy?.bucket === phoneRule.bucket;
    throw new AppError(
      "rate_limited",
      perPhone ? "auth.errors.otpThrottledPhone" : "auth.errors.otpThrottledIp",
      {
        values: { seconds, minutes: Math.ceil(seconds / 60) },
        // The form counts down from retryAfterSeconds in its own words for `reason`, so message and button agree.
        extra: { retryAfterSeconds: seconds, reason: perPhone ? "phone" : "network" },
      },
    );
  }

  const code = generateCode();
  const [challenge] = await db
    .insert(otpChallenges)
    .values({
      phone: input.phone,
      codeHash: hashCode(await authSecret(db), input.phone, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      requestedIp: input.ip,
      privacyVersion: input.privacyVersion,
    })
    .returning({ id: otpChallenges.id });

  let sent: { devCode?: string };
  try {
    const text = translatorFor(input.locale)("auth.sms.text", { code });
    sent = await input.sms.send({ phone: input.phone, text, code });
  } catch (error) {
    // The code never reached the person: it must not be usable, and they may ask again at once.
    await db.delete(otpChallenges).where(eq(otpChallenges.id, challenge!.id));
    const phoneHit = limit.hitIds[phoneRule.bucket];
    await refundRateLimitHits(db, phoneHit === undefined ? [] : [phoneHit]);
    if (!(error instanceof SmsSendError)) console.error("[sms] unexpected failure", error);
    else console.warn(`[sms] ${error.message}`);
    throw new AppError("unavailable", "auth.errors.smsFailed");
  }

  await db
    .update(otpChallenges)
    .set({ consumedAt: now })
    .where(
      and(
        eq(otpChallenges.phone, input.phone),
        ne(otpChallenges.id, challenge!.id),
        isNull(otpChallenges.consumedAt),
      ),
    );
  if (Math.random() < 0.02) await deleteStaleChallenges(db, now);
  return sent.devCode ? { devCode: sent.devCode } : {};
}

/** Housekeeping: challenges a day past their expiry are of no use, not even for support questions. */
export async function deleteStaleChallenges(db: Db, now = serverNow()): Promise<void> {
  await db
    .delete(otpChallenges)
    .where(lt(otpChallenges.expiresAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
