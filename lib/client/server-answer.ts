import type { CityDataEnvelope } from "./city-data-store";

/**
 * A public answer the server put into the page for one API URL, so its content is in the first paint (and
 * readable before any script runs) instead of waiting for the browser to ask for it.
 */
export interface ServerAnswer<T> {
  url: string;
  data: T;
  /** When the server read it, ms since epoch. */
  at: number;
}

/** The cache entry for `answer` when it answers `key`; undefined for any other key. */
export function envelopeFor<T>(
  answer: ServerAnswer<T> | undefined,
  key: string | null,
): CityDataEnvelope<T> | undefined {
  if (!answer || answer.url !== key) return undefined;
  return { kind: "city-data", data: answer.data, at: answer.at, source: "network" };
}

/** The newer of the cached value and the server's answer (a device's store may hold an older copy). */
export function newerValue(cached: unknown, seed: CityDataEnvelope | undefined): unknown {
  if (!seed) return cached;
  if (typeof cached === "object" && cached !== null && "at" in cached && typeof cached.at === "number") {
    return cached.at >= seed.at ? cached : seed;
  }
  return cached === undefined ? seed : cached;
}
