import "server-only";
import { asCancellable, type CallOptions, type CancellableSource } from "./cancellable-source";
import type { FaultSettings } from "./fault-settings";
import type { CityBrainSource } from "./types";
import { UpstreamError } from "./upstream-error";

/**
 * The sandbox city, behaving as badly as the operator asks: every call first waits `latencyMs` (given
 * up at once when the caller aborts), then fails like a dropped connection with probability `errorRate`,
 * or answers with items that fail the schema with probability `malformedRate`. The knobs are read on
 * every call, so changing them takes effect at once.
 */
export function withFaults(
  source: CityBrainSource,
  getFaults: () => FaultSettings,
  random: () => number = Math.random,
): CancellableSource {
  const inner = asCancellable(source);

  async function misbehave<T>(label: string, signal: AbortSignal | undefined, call: () => Promise<T[]>) {
    const faults = getFaults();
    // Both draws happen on every call so that a seeded run stays the same whatever the knobs say.
    const failRoll = random();
    const malformedRoll = random();
    if (faults.latencyMs > 0) await sleep(faults.latencyMs, signal);
    if (failRoll < faults.errorRate) {
      throw new UpstreamError("network", `${label}: simulated connection reset (sandbox fault)`);
    }
    const items = await call();
    return malformedRoll < faults.malformedRate ? (corrupt(items) as T[]) : items;
  }

  return {
    kind: source.kind,
    parking: (query, opts?: CallOptions) =>
      misbehave("parking", opts?.signal, () => inner.parking(query, opts)),
    airQuality: (opts?: CallOptions) => misbehave("air", opts?.signal, () => inner.airQuality(opts)),
    crowdFlow: (opts?: CallOptions) => misbehave("crowd", opts?.signal, () => inner.crowdFlow(opts)),
    pointsOfInterest: (opts?: CallOptions) =>
      misbehave("pois", opts?.signal, () => inner.pointsOfInterest(opts)),
    hospitals: (opts?: CallOptions) => misbehave("hospitals", opts?.signal, () => inner.hospitals(opts)),
    history: (feed, range, opts?: CallOptions) =>
      misbehave(`history ${feed}`, opts?.signal, () => inner.history(feed, range, opts)),
  };
}

/** Items no schema accepts (an empty id), so a corrupted answer is never mistaken for a good one. */
function corrupt(items: unknown[]): unknown[] {
  if (items.length === 0) return [{ id: "", garbled: true }];
  return items.map((item) => ({ ...(item as object), id: "", location: "garbled" }));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function abortError(signal: AbortSignal | undefined): UpstreamError {
  return new UpstreamError("timeout", "sandbox latency: the caller gave up", { cause: signal?.reason });
}

/**
 * A small deterministic generator (cyrb53-style string hash seeding mulberry32): the same seed gives the
 * same sequence in [0, 1), so fault-injection tests are repeatable.
 */
export function seededRandom(seed: string): () => number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const code = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  let state = (Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
