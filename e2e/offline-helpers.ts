// Helpers for journeys with the service worker on: waiting for it, and reading what it keeps.
import { expect, type Page } from "./fixtures";

export async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
}

/** True once the service worker keeps a document for this path (what an offline reload will get). */
export function isPageStored(page: Page, pathname: string) {
  return page.evaluate(
    async (p) =>
      (await caches.open("pages").then((c) => c.match(new URL(p, location.href).href))) !== undefined,
    pathname,
  );
}

/** The paths of the API answers the service worker keeps. */
export function storedApiPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await caches.open("apis").then((c) => c.keys())).map((r) => new URL(r.url).pathname),
  );
}

/** What this device keeps of the data cache in localStorage (lib/client/city-data-store.ts). */
export function deviceStore(page: Page): Promise<string> {
  return page.evaluate(() => localStorage.getItem("hzcb.city-data.v2") ?? "");
}
