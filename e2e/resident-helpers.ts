// Helpers for the resident journeys: unique plates, sign-in on screen, and bills set up through the API.
import type { APIRequestContext } from "@playwright/test";
import { expect, type Page } from "./fixtures";
import { SANDBOX_HEADERS } from "./sandbox-token";

const SERIAL = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

/** A plate no other test or earlier run uses. */
export function uniquePlate(): string {
  let serial = "";
  for (let i = 0; i < 5; i++) serial += SERIAL[Math.floor(Math.random() * SERIAL.length)];
  return `浙A${serial}`;
}

/** A car park of the sandbox city that the sandbox visit form offers. */
export const SANDBOX_LOT = "wl-feilaifeng";

export interface Bill {
  id: string;
  plate: string;
  status: string;
  feeFen: number | null;
}

const LOGIN = {
  "zh-CN": { phone: "手机号", send: "获取验证码", code: "6 位验证码", signIn: "登录" },
  en: { phone: "Phone number", send: "Send code", code: "6-digit code", signIn: "Sign in" },
} as const;

/**
 * Signs in as a tester would in the sandbox: types the phone number, reads the code the sandbox shows on
 * screen (instead of sending an SMS), types it, and waits to land on `next`.
 */
export async function signInOnScreen(page: Page, phone: string, next: string, locale: keyof typeof LOGIN) {
  const words = LOGIN[locale];
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(words.phone).fill(phone);
  await page.getByRole("button", { name: words.send }).click();
  const shown = page.getByTestId("sandbox-code-value");
  await expect(shown).toHaveText(/^\d{6}$/);
  const code = (await shown.textContent())!.trim();
  await page.getByLabel(words.code).fill(code);
  await page.getByRole("button", { name: words.signIn, exact: true }).click();
  await expect(page).toHaveURL(next);
}

export async function bindPlateViaApi(request: APIRequestContext, plate: string) {
  const bound = await request.post("/api/me/plates", { data: { plate, vehicleClass: "small" } });
  expect(bound.status(), await bound.text()).toBe(201);
}

/**
 * A finished stay recorded through the sandbox gate cameras: by default 95 minutes that ended a minute ago
 * (the gates accept times up to 5 minutes ahead).
 */
export async function visitViaApi(
  request: APIRequestContext,
  plate: string,
  times: { entryAt: Date; exitAt: Date } = {
    entryAt: new Date(Date.now() - 96 * 60_000),
    exitAt: new Date(Date.now() - 60_000),
  },
) {
  const { entryAt, exitAt } = times;
  const visit = await request.post("/api/sandbox/parking/visit", {
    headers: SANDBOX_HEADERS,
    data: { plate, lotId: SANDBOX_LOT, entryAt: entryAt.toISOString(), exitAt: exitAt.toISOString() },
  });
  expect(visit.status(), await visit.text()).toBe(202);
}

export async function listBills(request: APIRequestContext): Promise<Bill[]> {
  const response = await request.get("/api/parking/sessions");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { sessions: Bill[] }).sessions;
}

/** Waits until the plate has a bill in `status` (billing and the provider's callback run after the visit). */
export async function waitForBill(request: APIRequestContext, plate: string, status: string): Promise<Bill> {
  let found: Bill | undefined;
  await expect
    .poll(
      async () => {
        found = (await listBills(request)).find((b) => b.plate === plate && b.status === status);
        return found !== undefined;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

/** Waits until the plate has `count` bills (in any status) and returns them. */
export async function waitForBills(
  request: APIRequestContext,
  plate: string,
  count: number,
): Promise<Bill[]> {
  let found: Bill[] = [];
  await expect
    .poll(
      async () => {
        found = (await listBills(request)).filter((b) => b.plate === plate && b.status !== "open");
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
  return found;
}

export async function listedPlates(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/api/me/plates");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { plates: { plate: string }[] }).plates.map((p) => p.plate);
}
