// The pure part of the device-persisted data cache: what an entry is, what is kept, and how it is (de)serialised.

/** Where the answer shown came from: the network just now, the service worker's copy, or this device's store. */
export type CityDataSource = "network" | "worker" | "device";

/** What the data cache holds per key: the API's JSON and when the server produced it. */
export interface CityDataEnvelope<T = unknown> {
  kind: "city-data";
  data: T;
  /** Fetch time, ms since epoch. */
  at: number;
  source: CityDataSource;
}

/**
 * Bumped whenever what a key's answer looks like changes (v1 could hold one key's answer in two shapes, which
 * crashed readers), so a device's older store is dropped rather than read as the new shape.
 */
export const STORE_VERSION = 2;
export const STORAGE_KEY = `hzcb.city-data.v${STORE_VERSION}`;
/** Stores of earlier versions, removed on start. */
export const LEGACY_STORAGE_KEYS = ["hzcb.city-data.v1"];
/** Older answers are dropped rather than shown as "the last data". */
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_ENTRIES = 40;
/** Stays far below the ~5 MB localStorage quota shared with everything else on the origin. */
export const MAX_CHARS = 1_000_000;

interface StoredEntry {
  data: unknown;
  at: number;
}

interface StoredShape {
  v: typeof STORE_VERSION;
  entries: Record<string, StoredEntry>;
}

export function isEnvelope(value: unknown): value is CityDataEnvelope {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as CityDataEnvelope).kind === "city-data" &&
    typeof (value as CityDataEnvelope).at === "number" &&
    "data" in value
  );
}

/** Only same-origin JSON API answers are kept; sign-in traffic never is. */
export function shouldPersistKey(key: string): boolean {
  return key.startsWith("/api/") && !key.startsWith("/api/auth/");
}

/** The cache state per key, as SWR keeps it (only the fields used here). */
export interface CacheStateLike {
  data?: unknown;
  error?: unknown;
}

function isUnauthorised(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === 401;
}

/**
 * The JSON to store for these cache entries, or null when nothing is worth keeping. Newest first; entries
 * that are too old, too many or too large are left out, and so is a key whose last answer was 401
 * (its data belongs to a session that has ended).
 */
export function serialiseStore(
  entries: Iterable<[string, CacheStateLike | undefined]>,
  now: number,
): string | null {
  const candidates: [string, StoredEntry, string][] = [];
  for (const [key, state] of entries) {
    if (!shouldPersistKey(key) || !state || !isEnvelope(state.data) || isUnauthorised(state.error)) continue;
    const { data, at } = state.data;
    if (now - at > MAX_AGE_MS) continue;
    let json: string | undefined;
    try {
      json = JSON.stringify(data);
    } catch {
      continue;
    }
    if (json === undefined) continue;
    candidates.push([key, { data, at }, json]);
  }
  candidates.sort((a, b) => b[1].at - a[1].at);
  const kept: Record<string, StoredEntry> = {};
  let chars = 0;
  let count = 0;
  for (const [key, entry, json] of candidates) {
    if (count >= MAX_ENTRIES || chars + json.length + key.length > MAX_CHARS) continue;
    kept[key] = entry;
    chars += json.length + key.length;
    count += 1;
  }
  if (count === 0) return null;
  const shape: StoredShape = { v: STORE_VERSION, entries: kept };
  return JSON.stringify(shape);
}

/** The entries to start with from what was stored (anything unreadable, stale or unknown is ignored). */
export function hydrateStore(raw: string | null | undefined, now: number): [string, CityDataEnvelope][] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof parsed !== "object" || parsed === null || (parsed as StoredShape).v !== STORE_VERSION) return [];
  const entries = (parsed as StoredShape).entries;
  if (typeof entries !== "object" || entries === null) return [];
  const result: [string, CityDataEnvelope][] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (!shouldPersistKey(key) || typeof entry !== "object" || entry === null) continue;
    const { at, data } = entry as Partial<StoredEntry>;
    if (typeof at !== "number" || !Number.isFinite(at) || now - at > MAX_AGE_MS || data === undefined)
      continue;
    result.push([key, { kind: "city-data", data, at, source: "device" }]);
  }
  return result;
}

export interface AsOfSelection<T> {
  data?: T;
  asOf?: Date;
  fromCache: boolean;
}

/**
 * What to show for a cache value: its data, when it was fetched, and whether it is a stored copy (from this
 * device or the service worker) rather than a fresh answer. A plain value (someone called mutate(key, value))
 * has no known time and counts as fresh.
 */
export function selectAsOf<T>(value: unknown): AsOfSelection<T> {
  if (value === undefined) return { fromCache: false };
  if (!isEnvelope(value)) return { data: value as T, fromCache: false };
  return { data: value.data as T, asOf: new Date(value.at), fromCache: value.source !== "network" };
}
