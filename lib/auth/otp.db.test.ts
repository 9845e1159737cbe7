import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { otpChallenges, privacyConsents, rateLimitHits, users } from "@/lib/db/schema";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { refusal } from "@/lib/testing/refusal";
import { createTestDb } from "@/lib/testing/test-db";
import { PhoneSchema } from "./phone";
import { requestOtp } from "./request-otp";
import type { SmsMessage, SmsProvider } from "./sms/types";
import { SmsSendError } from "./sms/types";
import { verifyOtp } from "./verify-otp";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
let phoneSeq = 0;
const nextPhone = () => `+861390000${String(1000 + ++phoneSeq).slice(-4)}`;
let ipSeq = 0;
const nextIp = () => `203.0.113.${++ipSeq}`;

/** An SMS provider that records what it would have sent. */
function recordingSms(): SmsProvider & { sent: SmsMessage[] } {
  const sent: SmsMessage[] = [];
  return {
    kind: "http",
    sent,
    send: async (message) => {
      sent.push(message);
      return {};
    },
  };
}

async function request(phone: string, options: { now?: Date; ip?: string; locale?: "zh-CN" | "en" } = {}) {
  const sms = recordingSms();
  await requestOtp(opened.db, {
    privacyVersion: PRIVACY_POLICY_VERSION,
    phone,
    ip: options.ip ?? nextIp(),
    locale: options.locale ?? "zh-CN",
    sms,
    now: options.now ?? t0,
  });
  return sms.sent[0]!.code;
}

function verify(phone: string, code: string, now = t0, ip = nextIp()) {
  return verifyOtp(opened.db, { phone, code, ip, locale: "en", userAgent: "vitest", now });
}

const wrong = (code: string) => (code === "000000" ? "000001" : "000000");

describe("request and verify", () => {
  it("signs in with the texted code and creates the account in the request's language", async () => {
    const phone = nextPhone();
    const sms = recordingSms();
    const result = await requestOtp(opened.db, {
      privacyVersion: PRIVACY_POLICY_VERSION,
      phone,
      ip: nextIp(),
      locale: "en",
      sms,
      now: t0,
    });
    expect(result).toEqual({}); // only the sandbox hands the code back
    const { code, text } = sms.sent[0]!;
    expect(code).toMatch(/^\d{6}$/);
    expect(text).toContain(code);
    expect(text).toMatch(/sign-in code/);

    const [stored] = await opened.db.select().from(otpChallenges).where(eq(otpChallenges.phone, phone));
    expect(stored!.codeHash).not.toContain(code);
    expect(stored!.expiresAt.getTime() - t0.getTime()).toBe(5 * 60 * 1000);

    const signedIn = await verify(phone, code, at(30));
    expect(signedIn.user.phone).toBe(`${phone.slice(3, 6)}****${phone.slice(-4)}`);
    expect(signedIn.token.length).toBeGreaterThan(30);
    const [user] = await opened.db.select().from(users).where(eq(users.phone, phone));
    expect(user).toMatchObject({ id: signedIn.user.id, locale: "en", lastSignInAt: at(30) });
    // The privacy policy accepted on the form before the code was sent is recorded with the account.
    const consents = await opened.db
      .select()
      .from(privacyConsents)
      .where(eq(privacyConsents.userId, user!.id));
    expect(consents).toEqual([{ userId: user!.id, version: PRIVACY_POLICY_VERSION, acceptedAt: at(30) }]);
  });

  it("signs both spellings of a mainland number in to one account", async () => {
    const phone = nextPhone();
    const national = phone.slice(3);
    const first = await verify(phone, await request(PhoneSchema.parse(national)), at(1));
    const second = await verify(
      phone,
      await request(PhoneSchema.parse(`+86 ${national}`), { now: at(120) }),
      at(121),
    );
    expect(second.user.id).toBe(first.user.id);
  });

  it("writes the SMS in Chinese for a Chinese request", async () => {
    const sms = recordingSms();
    await requestOtp(opened.db, {
      privacyVersion: PRIVACY_POLICY_VERSION,
      phone: nextPhone(),
      ip: nextIp(),
      locale: "zh-CN",
      sms,
      now: t0,
    });
    expect(sms.sent[0]!.text).toMatch(/验证码是 \d{6}/);
  });

  it("returns the code for the sandbox provider", async () => {
    const sandbox: SmsProvider = { kind: "sandbox", send: async ({ code }) => ({ devCode: code }) };
    const result = await requestOtp(opened.db, {
      privacyVersion: PRIVACY_POLICY_VERSION,
      phone: nextPhone(),
      ip: nextIp(),
      locale: "en",
      sms: sandbox,
    });
    expect(result.devCode).toMatch(/^\d{6}$/);
  });

  it("refuses a code after 5 minutes", async () => {
    const phone = nextPhone();
    const code = await request(phone);
    const error = await refusal(verify(phone, code, at(5 * 60)));
    expect(error).toMatchObject({ code: "unauthorized", messageKey: "auth.errors.codeExpired" });
    expect((await verify(phone, code, at(5 * 60 - 1))).user.id).toBeTruthy();
  });

  it("locks the code after 5 wrong tries, even against the right code", async () => {
    const phone = nextPhone();
    const code = await request(phone);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const error = await refusal(verify(phone, wrong(code)));
      expect(error).toMatchObject({
        messageKey: "auth.errors.codeWrong",
        values: { remaining: 5 - attempt },
      });
    }
    expect(await refusal(verify(phone, wrong(code)))).toMatchObject({ messageKey: "auth.errors.codeLocked" });
    expect(await refusal(verify(phone, code))).toMatchObject({ messageKey: "auth.errors.codeLocked" });
  });

  it("lets a new code supersede the earlier one", async () => {
    const phone = nextPhone();
    const first = await request(phone, { now: at(0) });
    const second = await request(phone, { now: at(61) });
    if (first !== second) {
      const error = await refusal(verify(phone, first, at(62)));
      expect(error.messageKey).toBe("auth.errors.codeSuperseded");
    }
    expect((await verify(phone, second, at(63))).user).toBeTruthy();
  });

  it("uses a code once, even when two verifications race", async () => {
    const phone = nextPhone();
    const code = await request(phone);
    const results = await Promise.allSettled([verify(phone, code, at(1)), verify(phone, code, at(1))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ messageKey: "auth.errors.codeUsed" });
    expect(await refusal(verify(phone, code, at(2)))).toMatchObject({ messageKey: "auth.errors.codeUsed" });
  });

  it("asks for a code first when none was requested", async () => {
    expect(await refusal(verify(nextPhone(), "123456"))).toMatchObject({
      code: "unauthorized",
      messageKey: "auth.errors.codeNotRequested",
    });
  });
});

describe("throttles", () => {
  it("allows one code per phone per 60 s and says how long to wait", async () => {
    const phone = nextPhone();
    await request(phone, { now: at(0) });
    const error = await refusal(request(phone, { now: at(15) }));
    expect(error).toMatchObject({
      code: "rate_limited",
      messageKey: "auth.errors.otpThrottledPhone",
      extra: { retryAfterSeconds: 45 },
    });
    await expect(request(phone, { now: at(60) })).resolves.toMatch(/^\d{6}$/);
  });

  it("allows 30 codes per hour per client address, then asks for a proof of work for each one", async () => {
    const ip = nextIp();
    for (let i = 0; i < 30; i++) await request(nextPhone(), { ip, now: at(i) });
    const error = await refusal(request(nextPhone(), { ip, now: at(100) }));
    expect(error).toMatchObject({ code: "rate_limited", messageKey: "auth.errors.proofRequired" });
    expect(error.extra?.challenge).toBeTruthy();
    await expect(request(nextPhone(), { ip, now: at(3600) })).resolves.toMatch(/^\d{6}$/);
  });

  it("lets exactly 30 of 40 concurrent requests from one address through without a proof", async () => {
    const ip = nextIp();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => request(nextPhone(), { ip, now: at(0) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(30);
    // Each code counts once against the free share and once against the hard cap.
    const hits = await opened.db.select().from(rateLimitHits).where(eq(rateLimitHits.subject, ip));
    expect(hits).toHaveLength(60);
  });

  it("limits code checks per client address across many phones", async () => {
    const ip = nextIp();
    for (let i = 0; i < 30; i++) await refusal(verify(nextPhone(), "123456", at(i), ip));
    const error = await refusal(verify(nextPhone(), "123456", at(31), ip));
    expect(error).toMatchObject({ code: "rate_limited", messageKey: "auth.errors.verifyThrottled" });
    expect(error.extra?.retryAfterSeconds).toBe(600 - 31);
  });
});

describe("when the SMS gateway fails", () => {
  it("answers 503, leaves no usable code, and lets the person ask again at once", async () => {
    const phone = nextPhone();
    const failing: SmsProvider = {
      kind: "http",
      send: async () => {
        throw new SmsSendError("SMS gateway answered 502");
      },
    };
    const error = await refusal(
      requestOtp(opened.db, {
        privacyVersion: PRIVACY_POLICY_VERSION,
        phone,
        ip: nextIp(),
        locale: "en",
        sms: failing,
      }),
    );
    expect(error).toMatchObject({ code: "unavailable", messageKey: "auth.errors.smsFailed" });
    expect(await opened.db.select().from(otpChallenges).where(eq(otpChallenges.phone, phone))).toHaveLength(
      0,
    );
    await expect(request(phone)).resolves.toMatch(/^\d{6}$/);
  });
});
