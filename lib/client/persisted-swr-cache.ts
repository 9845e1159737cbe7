import type { Cache, State } from "swr";
import {
  hydrateStore,
  LEGACY_STORAGE_KEYS,
  STORAGE_KEY,
  serialiseStore,
  shouldPersistKey,
} from "./city-data-store";

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** SWR's cache, mirrored to this device's storage so the last answers survive reloads and offline starts. */
export interface PersistedCache extends Cache {
  /** Writes pending changes now (page hidden or closing). */
  flush(): void;
  /** Drops what is stored on the device and any pending write. */
  forget(): void;
}

export const WRITE_THROTTLE_MS = 1000;

/** The cache starts with the stored entries and writes through, at most once per throttle interval. */
export function createPersistedCache({
  storage,
  now = Date.now,
  throttleMs = WRITE_THROTTLE_MS,
}: {
  storage: StorageLike | null;
  now?: () => number;
  throttleMs?: number;
}): PersistedCache {
  const map = new Map<string, State>();
  for (const legacy of LEGACY_STORAGE_KEYS) safely(() => storage?.removeItem(legacy));
  for (const [key, envelope] of hydrateStore(
    safely(() => storage?.getItem(STORAGE_KEY)),
    now(),
  )) {
    map.set(key, { data: envelope });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!dirty || !storage) return;
    dirty = false;
    const json = serialiseStore(map.entries(), now());
    safely(() => (json === null ? storage.removeItem(STORAGE_KEY) : storage.setItem(STORAGE_KEY, json)));
  };
  const changed = (key: string) => {
    if (!shouldPersistKey(key)) return;
    dirty = true;
    if (timer === undefined) timer = setTimeout(flush, throttleMs);
  };

  return {
    keys: () => map.keys(),
    get: (key) => map.get(key),
    set: (key, value) => {
      const previous = map.get(key);
      map.set(key, value);
      // Loading flags change often; only the data or the error decide what is kept.
      if (previous?.data !== value.data || previous?.error !== value.error) changed(key);
    },
    delete: (key) => {
      map.delete(key);
      changed(key);
    },
    flush,
    forget: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      dirty = false;
      safely(() => storage?.removeItem(STORAGE_KEY));
    },
  };
}

// Storage can throw (quota, private mode, disabled): the cache then simply lives in memory.
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

let active: { cache: PersistedCache; clearMemory: () => Promise<unknown> } | null = null;

/** Called by the app's SWR provider so sign-out can reach the live cache. */
export function setActiveCityDataCache(
  cache: PersistedCache,
  clearMemory: () => Promise<unknown>,
): () => void {
  const entry = { cache, clearMemory };
  active = entry;
  return () => {
    if (active === entry) active = null;
  };
}

/** Empties the live data cache and what is stored on the device. */
export async function clearCityDataCache(storage: StorageLike | null): Promise<void> {
  const current = active;
  if (current) {
    await current.clearMemory();
    current.cache.forget();
  }
  safely(() => storage?.removeItem(STORAGE_KEY));
}
