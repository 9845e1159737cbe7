import { type APIRequestContext, test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { type Locale, negotiateLocale } from "../lib/i18n/config";
import { translatorFor } from "../lib/i18n/translator";
import { PRIVACY_POLICY_VERSION } from "../lib/legal/privacy-policy";
import { answerOffSite, offSite } from "./off-site";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs, REMOTE_TARGET } from "./target";

/** The database behind the server this test's project talks to (playwright.config.ts: "pg-" projects → Postgres). */
export function databaseOf(testInfo: TestInfo): "postgres" | "pglite" | "either" {
  if (REMOTE_TARGET) return "either";
  return testInfo.project.name.startsWith("pg-") || process.env.DATABASE_URL ? "postgres" : "pglite";
}

let sequence = 0;

/** A mainland mobile number no other test uses. */
export function uniquePhone(): string {
  sequence += 1;
  const worker = Number(process.env.TEST_WORKER_INDEX ?? 0);
  const tail = (Date.now() % 1_000_000) * 100 + worker * 10 + (sequence % 10);
  return `139${String(tail).padStart(8, "0").slice(-8)}`;
}

/** A documentation-range address (RFC 5737) unique to this test, sent through the trusted proxy hop. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 250) + 1;
  const m = Math.floor(Math.random() * 250) + 1;
  return `198.51.${n}.${m}`;
}

/** The body of a sign-in code request: the phone, and the privacy policy version the person accepted. */
export function otpBody(phone: string) {
  return { phone, privacyVersion: PRIVACY_POLICY_VERSION };
}

/** Signs in through the public API contract (sandbox SMS returns devCode); the context keeps the cookie. */
export async function signInViaApi(request: APIRequestContext, phone = uniquePhone()) {
  // The code comes back in the answer only from the sandbox's SMS stand-in.
  await needs(request, "sandbox");
  // The sandbox token exempts journeys from per-address sign-in limits (many residents from one test machine).
  const otp = await request.post("/api/auth/otp", { data: otpBody(phone), headers: SANDBOX_HEADERS });
  expect(otp.status(), await otp.text()).toBe(200);
  const { devCode } = (await otp.json()) as { devCode: string };
  const verify = await request.post("/api/auth/verify", {
    data: { phone, code: devCode },
    headers: SANDBOX_HEADERS,
  });
  expect(verify.status(), await verify.text()).toBe(200);
  return { phone, user: ((await verify.json()) as { user: { id: string; phone: string } }).user };
}

/** The app's own words in the test's language: `t("home.title")`, as the page shows them. */
export type Words = ReturnType<typeof translatorFor>;

/**
 * A message of the catalogue as a pattern, each placeholder (plural forms included) standing for any text unless
 * `values` gives its pattern: `wordsPattern(t, "parking.lot.counted")` matches "统计于 09:30" and "Counted at 09:30".
 */
export function wordsPattern(
  t: Words,
  key: Parameters<Words>[0],
  values: Record<string, string> = {},
): RegExp {
  const raw = t.raw(key) as string;
  const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let pattern = "";
  let literal = "";
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== "{") {
      literal += raw[i];
      continue;
    }
    // A placeholder runs to its matching brace: "{n, plural, one {# space} other {# spaces}}" is one.
    let depth = 0;
    let end = i;
    for (; end < raw.length; end++) {
      if (raw[end] === "{") depth += 1;
      if (raw[end] === "}" && --depth === 0) break;
    }
    const name = /^\{\s*(\w+)/.exec(raw.slice(i))?.[1] ?? "";
    pattern += `${quoted(literal)}${values[name] ?? "[\\s\\S]*?"}`;
    literal = "";
    i = end;
  }
  return new RegExp(`${pattern}${quoted(literal)}`);
}

export const test = base.extend<{ clientIp: string; appLocale: Locale; t: Words }>({
  // The app's language for this browser: what its Accept-Language (the project's or the test's locale) picks.
  appLocale: async ({ locale }, use) => use(negotiateLocale(locale)),
  t: async ({ appLocale }, use) => use(translatorFor(appLocale)),
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  clientIp: async ({}, use) => use(uniqueIp()),
  // Pages and the `request` fixture both present this test's own address.
  extraHTTPHeaders: async ({ clientIp, extraHTTPHeaders }, use) =>
    use({ ...extraHTTPHeaders, "x-forwarded-for": clientIp }),
  // Every page of every journey: map tiles from other sites are blank images served here, never fetched.
  context: async ({ context, baseURL }, use) => {
    await context.route(offSite(baseURL!), (route) => answerOffSite(route));
    await use(context);
  },
});

export type { Page };
export { expect };
