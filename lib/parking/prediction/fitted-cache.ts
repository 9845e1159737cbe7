import type { FittedHorizon } from "./free-space-forecast";

/**
 * Fitted horizons per database and facility, reused for the rest of the local day they were fitted on:
 * fitting all three horizons costs 100–300 ms of CPU, a forecast with a fitted model about 1 ms. Only a
 * speed-up — a miss refits — and per process, so nothing depends on it across servers.
 */
export interface FacilityFit {
  horizons: FittedHorizon[];
  /** The oldest reading the fit saw (ISO), and how many it saw. */
  historyFrom: string;
  readings: number;
  /** The latest reading the fit saw (UTC ms): never reused for a `now` before it (backtests). */
  fittedThrough: number;
}

interface Entry {
  day: number;
  fit: FacilityFit;
}

const MAX_FACILITIES = 500;
const byDb = new WeakMap<object, Map<string, Entry>>();

export function cachedFit(db: object, facilityId: string, day: number, now: number): FacilityFit | null {
  const entry = byDb.get(db)?.get(facilityId);
  return entry && entry.day === day && entry.fit.fittedThrough <= now ? entry.fit : null;
}

export function storeFit(db: object, facilityId: string, entry: Entry): void {
  let entries = byDb.get(db);
  if (!entries) {
    entries = new Map();
    byDb.set(db, entries);
  }
  entries.delete(facilityId);
  entries.set(facilityId, entry);
  if (entries.size > MAX_FACILITIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
}
