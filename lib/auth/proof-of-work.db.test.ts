import { type Challenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { rateLimitHits } from "@/lib/db/schema";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { refusal } from "@/lib/testing/refusal";
import { createTestDb } from "@/lib/testing/test-db";
import { otpPerIpWithProof } from "./limits";
import type { ProofInput } from "./proof-input";
import { requestOtp } from "./request-otp";
import type { SmsProvider } from "./sms/types";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const sms: SmsProvider = { kind: "http", send: async () => ({}) };
let phoneSeq = 0;
const nextPhone = () => `+861370001${String(1000 + ++phoneSeq).slice(-4)}`;
const t0 = new Date("2026-05-01T08:00:00Z");

function ask(ip: string, proof?: ProofInput, now = t0) {
  return requestOtp(opened.db, {
    phone: nextPhone(),
    privacyVersion: PRIVACY_POLICY_VERSION,
    ip,
    locale: "en",
    sms,
    now,
    ...(proof ? { proof } : {}),
  });
}

async function solved(challenge: unknown): Promise<ProofInput> {
  const solution = await solveChallenge({ challenge: challenge as Challenge, deriveKey });
  expect(solution).not.toBeNull();
  return { challenge, solution } as unknown as ProofInput;
}

describe("sign-in codes from a busy network", () => {
  it("gives 30 codes an hour freely, then one more per solved challenge, never twice for one proof", async () => {
    const ip = "203.0.113.200";
    for (let i = 0; i < 30; i++) await ask(ip);
    const asked = await refusal(ask(ip));
    expect(asked.code).toBe("rate_limited");
    expect(asked.messageKey).toBe("auth.errors.proofRequired");
    const challenge = asked.extra?.challenge;
    expect(challenge).toBeTruthy();

    const proof = await solved(challenge);
    await expect(ask(ip, proof)).resolves.toEqual({});
    // The same proof again (a replay, or two tabs): refused as a failed check, no code sent.
    const replay = await refusal(ask(ip, proof));
    expect(replay.messageKey).toBe("auth.errors.proofInvalid");
    // A tampered answer or a challenge this server did not sign fails too.
    const { challenge: fresh } = (await refusal(ask(ip))).extra as { challenge: unknown };
    const honest = await solved(fresh);
    const tampered = { ...honest, solution: { ...honest.solution, counter: honest.solution.counter + 1 } };
    expect((await refusal(ask(ip, tampered))).messageKey).toBe("auth.errors.proofInvalid");
    const forged = {
      ...honest,
      challenge: { ...honest.challenge, signature: "0".repeat(64) },
    } as ProofInput;
    expect((await refusal(ask(ip, forged))).messageKey).toBe("auth.errors.proofInvalid");
    await expect(ask(ip, honest)).resolves.toEqual({});
  }, 60_000);

  it("stops at the hard cap even with proofs: 200 codes an hour per address", async () => {
    const ip = "203.0.113.201";
    const rule = otpPerIpWithProof(ip);
    await opened.db
      .insert(rateLimitHits)
      .values(Array.from({ length: rule.limit }, () => ({ bucket: rule.bucket, subject: ip, at: t0 })));
    const capped = await refusal(ask(ip));
    expect(capped.messageKey).toBe("auth.errors.otpThrottledIp");
    expect(capped.extra).toMatchObject({ reason: "network" });
    expect(capped.extra?.challenge).toBeUndefined();
  });
});
