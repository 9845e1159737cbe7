import { type APIRequestContext, test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { PRIVACY_POLICY_VERSION } from "../lib/legal/privacy-policy";
import { SANDBOX_HEADERS } from "./sandbox-token";

/** The database behind the server this test's project talks to (playwright.config.ts: "pg-" projects → Postgres). */
export function databaseOf(testInfo: TestInfo): "postgres" | "pglite" | "either" {
  if (process.env.E2E_BASE_URL) return "either";
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
  // The sandbox token exempts journeys from per-address sign-in limits (many residents from one test machine).
  const otp = await request.post("/api/auth/otp", { data: otpBody(phone), headers: SANDBOX_HEADERS });
  expect(otp.status(), await otp.text()).toBe(200);
  const { devCode } = (await otp.json()) as { devCode: string };
  const verify = await request.post("/api/auth/verify", { data: { phone, code: devCode } });
  expect(verify.status(), await verify.text()).toBe(200);
  return { phone, user: ((await verify.json()) as { user: { id: string; phone: string } }).user };
}

export const test = base.extend<{ clientIp: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  clientIp: async ({}, use) => use(uniqueIp()),
  // Pages and the `request` fixture both present this test's own address.
  extraHTTPHeaders: async ({ clientIp, extraHTTPHeaders }, use) =>
    use({ ...extraHTTPHeaders, "x-forwarded-for": clientIp }),
});

export type { Page };
export { expect };
