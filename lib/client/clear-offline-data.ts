import { PERSONAL_CACHES } from "@/lib/pwa/sw-protocol";
import { clearCityDataCache } from "./persisted-swr-cache";

/**
 * Removes personal data kept for offline use on this device (called on sign-out): the data cache in memory
 * and in storage, and the service worker's caches of pages and API answers. Never throws.
 */
export async function clearOfflineData(): Promise<void> {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  await clearCityDataCache(storage).catch(() => undefined);
  if (typeof caches === "undefined") return;
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
