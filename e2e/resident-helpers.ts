// Helpers for the resident journeys: unique plates, sign-in on screen, and bills set up through the API.
import type { APIRequestContext } from "@playwright/test";
import { expect, type Page } from "./fixtures";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

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
  "zh-CN": { phone: "手机号", consent: /隐私政策/, send: "获取验证码", code: "6 位验证码" },
  en: { phone: "Phone number", consent: /privacy policy/, send: "Send code", code: "6-digit code" },
} as const;

/**
 * Signs in as a tester would in the sandbox: types the phone number, reads the code the sandbox shows on
 * screen (instead of sending an SMS), types it, and waits to land on `next`.
 */
export async function signInOnScreen(page: Page, phone: string, next: string, locale: keyof typeof LOGIN) {
  await needs(page.request, "sandbox");
  const words = LOGIN[locale];
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(words.phone).fill(phone);
  await page.getByRole("checkbox", { name: words.consent }).check();
  await page.getByRole("button", { name: words.send }).click();
  const shown = page.getByTestId("sandbox-code-value");
  await expect(shown).toHaveText(/^\d{6}$/);
  const code = (await shown.textContent())!.trim();
  // The sixth digit signs in.
  await page.getByLabel(words.code).fill(code);
  await expect(page).toHaveURL(next);
}

/** The owner's name every journey gives; the sandbox licence check does not look at it. */
export const OWNER_NAME = "测试车主";

/**
 * The VIN tail that passes the sandbox licence check (the rule of lib/parking/vehicle-licence/sandbox.ts):
 * the plate's serial after the province character and city letter, padded on the left with "0" to 6, any Q
 * (which no VIN has) read as 0.
 */
export function sandboxVinLast6(plate: string): string {
  return Array.from(plate).slice(2).join("").replaceAll("Q", "0").padStart(6, "0");
}

/** The binding request for a plate, with licence details that pass the sandbox check. */
export function licensedPlate(plate: string, vehicleClass: "small" | "large" = "small") {
  return { plate, vehicleClass, ownerName: OWNER_NAME, vinLast6: sandboxVinLast6(plate) };
}

/** `hours` ago by this machine's clock (the server's in these journeys). */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60_000);

/**
 * Binds a plate through the licence check. Stays are an account's only from its binding on, so a journey
 * that bills a stay which entered hours ago first moves the binding back to `since` (sandbox only).
 */
export async function bindPlateViaApi(
  request: APIRequestContext,
  plate: string,
  options: { since?: Date } = {},
) {
  const bound = await request.post("/api/me/plates", { data: licensedPlate(plate) });
  expect(bound.status(), await bound.text()).toBe(201);
  if (options.since) await backdateBindingViaApi(request, plate, options.since);
}

/** Sandbox only: counts my binding of the plate from `since` (refused across another account's binding). */
export async function backdateBindingViaApi(request: APIRequestContext, plate: string, since: Date) {
  await needs(request, "sandbox");
  const moved = await request.put("/api/sandbox/parking/binding", {
    headers: SANDBOX_HEADERS,
    data: { plate, boundAt: since.toISOString() },
  });
  expect(moved.status(), await moved.text()).toBe(200);
}

/**
 * A stay recorded through the sandbox gate cameras: by default 95 minutes that ended a minute ago (the
 * gates accept times up to 5 minutes ahead); without `exitAt` the car is still parked.
 */
export async function visitViaApi(
  request: APIRequestContext,
  plate: string,
  times: { entryAt: Date; exitAt?: Date } = {
    entryAt: new Date(Date.now() - 96 * 60_000),
    exitAt: new Date(Date.now() - 60_000),
  },
) {
  await needs(request, "sandbox");
  const { entryAt, exitAt } = times;
  const visit = await request.post("/api/sandbox/parking/visit", {
    headers: SANDBOX_HEADERS,
    data: { plate, lotId: SANDBOX_LOT, entryAt: entryAt.toISOString(), exitAt: exitAt?.toISOString() },
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
