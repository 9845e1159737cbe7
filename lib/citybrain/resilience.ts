import "server-only";
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  DelegateBackoff,
  handleWhen,
  IsolatedCircuitError,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
} from "cockatiel";
import type { z } from "zod";
import { asCancellable, type CallOptions, type CancellableSource } from "./cancellable-source";
import {
  AirQualityObserved,
  type CityBrainSource,
  CrowdFlowObserved,
  Hospital,
  ParkingFacility,
  PointOfInterest,
} from "./types";
import { UpstreamError, type UpstreamErrorKind } from "./upstream-error";
import { FEED_SCHEMAS, validateItems } from "./validate-items";

export interface ResilienceOptions {
  /** Per attempt, for the live feeds a route waits on. Default 700 ms. */
  timeoutMs?: number;
  /** Per attempt, for `history` (background catch-up, many pages). Default 15 000 ms. */
  historyTimeoutMs?: number;
  /** Extra attempts after a retryable failure. Default 2. */
  retries?: number;
  /** Retry n waits a uniformly random time in [0, backoffBaseMs · 2^(n-1)) ("full jitter"). Default 100. */
  backoffBaseMs?: number;
  breaker?: {
    /** Failed logical calls in a row that open the circuit. Default 5. */
    consecutiveFailures?: number;
    /** How long the circuit stays open before one trial call is let through (half-open). Default 10 000. */
    halfOpenAfterMs?: number;
  };
  /** For jitter; seeded in tests. */
  random?: () => number;
  warn?: (message: string) => void;
}

export type CircuitHealth = "closed" | "open" | "half-open";

export interface ResilienceHealth {
  circuit: CircuitHealth;
  /** Logical calls made, and how many of them failed after retries (or were refused by the open circuit). */
  calls: number;
  failures: number;
  /** Extra attempts made after retryable failures. */
  retries: number;
  /** Items dropped because they failed the schema. */
  droppedItems: number;
  lastFailure?: { kind: UpstreamErrorKind | "other"; message: string; at: string };
}

export interface ResilientSource extends CancellableSource {
  health(): ResilienceHealth;
}

const DEFAULTS = {
  timeoutMs: 700,
  historyTimeoutMs: 15_000,
  retries: 2,
  backoffBaseMs: 100,
  consecutiveFailures: 5,
  halfOpenAfterMs: 10_000,
};

/**
 * Longest a logical call can take before it settles: every attempt runs to its timeout and every retry
 * waits its longest backoff. With the defaults: 3 × 700 + (100 + 200) = 2 400 ms, inside the routes'
 * 2.5 s deadline. An open circuit answers at once.
 */
export function worstCaseCallMs(
  options: Pick<ResilienceOptions, "timeoutMs" | "retries" | "backoffBaseMs"> = {},
) {
  const { timeoutMs, retries, backoffBaseMs } = { ...DEFAULTS, ...stripUndefined(options) };
  return (retries + 1) * timeoutMs + backoffBaseMs * (2 ** retries - 1);
}

/**
 * Wraps a source so that every call is bounded in time, retried when the failure is transient, refused
 * quickly while upstream is down (circuit breaker), and answers only with items that pass the schema.
 * The breaker sits outside the retries, so one logical call counts once however many attempts it took.
 */
export function withResilience(source: CityBrainSource, options: ResilienceOptions = {}): ResilientSource {
  const settings = { ...DEFAULTS, ...stripUndefined(options), ...stripUndefined(options.breaker ?? {}) };
  const random = options.random ?? Math.random;
  const warn = options.warn ?? console.warn;
  const inner = asCancellable(source);
  const stats: Omit<ResilienceHealth, "circuit"> = { calls: 0, failures: 0, retries: 0, droppedItems: 0 };

  const breaker = circuitBreaker(handleWhen(countsAgainstUpstream), {
    halfOpenAfter: settings.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(settings.consecutiveFailures),
  });
  const retries = retry(
    handleWhen((error) => error instanceof UpstreamError && error.isRetryable()),
    {
      maxAttempts: settings.retries,
      backoff: new DelegateBackoff<{ attempt: number }>((context) =>
        Math.floor(random() * settings.backoffBaseMs * 2 ** (context.attempt - 1)),
      ),
    },
  );
  retries.onRetry(() => {
    stats.retries++;
  });
  const liveTimeout = timeout(settings.timeoutMs, TimeoutStrategy.Aggressive);
  const historyTimeout = timeout(settings.historyTimeoutMs, TimeoutStrategy.Aggressive);

  async function call<T>(
    label: string,
    schema: z.ZodType<T>,
    history: boolean,
    run: (signal: AbortSignal) => Promise<unknown>,
    callerSignal?: AbortSignal,
  ): Promise<T[]> {
    stats.calls++;
    const perAttempt = history ? historyTimeout : liveTimeout;
    const limitMs = history ? settings.historyTimeoutMs : settings.timeoutMs;
    const attempt = async (signal: AbortSignal): Promise<T[]> => {
      try {
        return await perAttempt.execute(async ({ signal: attemptSignal }) => {
          const { items, dropped } = validateItems(label, schema, await run(attemptSignal), warn);
          stats.droppedItems += dropped;
          return items;
        }, signal);
      } catch (error) {
        if (error instanceof TaskCancelledError) {
          throw new UpstreamError("timeout", `${label}: no answer within ${limitMs} ms`, { cause: error });
        }
        throw error;
      }
    };
    try {
      return await breaker.execute(
        ({ signal }) => retries.execute(({ signal: retrySignal }) => attempt(retrySignal), signal),
        callerSignal,
      );
    } catch (error) {
      const failure = asUpstreamError(label, error);
      stats.failures++;
      stats.lastFailure = {
        kind: failure instanceof UpstreamError ? failure.kind : "other",
        message: failure instanceof Error ? failure.message : String(failure),
        at: new Date().toISOString(),
      };
      throw failure;
    }
  }

  return {
    kind: source.kind,
    parking: (query, opts?: CallOptions) =>
      call("parking", ParkingFacility, false, (signal) => inner.parking(query, { signal }), opts?.signal),
    airQuality: (opts?: CallOptions) =>
      call("air", AirQualityObserved, false, (signal) => inner.airQuality({ signal }), opts?.signal),
    crowdFlow: (opts?: CallOptions) =>
      call("crowd", CrowdFlowObserved, false, (signal) => inner.crowdFlow({ signal }), opts?.signal),
    pointsOfInterest: (opts?: CallOptions) =>
      call("pois", PointOfInterest, false, (signal) => inner.pointsOfInterest({ signal }), opts?.signal),
    hospitals: (opts?: CallOptions) =>
      call("hospitals", Hospital, false, (signal) => inner.hospitals({ signal }), opts?.signal),
    history: (feed, range, opts?: CallOptions) =>
      call(
        `history ${feed}`,
        FEED_SCHEMAS[feed],
        true,
        (signal) => inner.history(feed, range, { signal }),
        opts?.signal,
      ),
    health: () => ({ circuit: circuitHealth(breaker.state), ...stats }),
  };
}

/** A 4xx is our own request's fault and says nothing about upstream's health; anything else does. */
function countsAgainstUpstream(error: Error): boolean {
  return !(error instanceof UpstreamError) || error.isUpstreamFault();
}

function asUpstreamError(label: string, error: unknown): unknown {
  // instanceof, not cockatiel's isTaskCancelledError/isIsolatedCircuitError: in 3.2.1 both test for the
  // bulkhead's marker property and never match.
  if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
    return new UpstreamError("circuit-open", `${label}: upstream is failing, not asked again yet`, {
      cause: error,
    });
  }
  if (error instanceof TaskCancelledError) {
    return new UpstreamError("timeout", `${label}: cancelled by the caller`, { cause: error });
  }
  return error;
}

function circuitHealth(state: CircuitState): CircuitHealth {
  if (state === CircuitState.Closed) return "closed";
  if (state === CircuitState.HalfOpen) return "half-open";
  return "open";
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
