import { describe, expect, it, vi } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import type { FaultSettings } from "./fault-settings";
import { seededRandom, withFaults } from "./faults";
import { withResilience, worstCaseCallMs } from "./resilience";
import type { CityBrainSource } from "./types";
import { UpstreamError } from "./upstream-error";

const NO_FAULTS: FaultSettings = { errorRate: 0, latencyMs: 0, malformedRate: 0 };

/** The fixture city behind adjustable faults, counting how often it is really asked. */
function faultyCity(initial: Partial<FaultSettings> = {}, seed = "resilience") {
  let faults: FaultSettings = { ...NO_FAULTS, ...initial };
  const city = createFixtureCity();
  const counted: CityBrainSource = { ...city, airQuality: vi.fn(city.airQuality) };
  const source = withFaults(counted, () => faults, seededRandom(seed));
  return {
    source,
    upstreamCalls: () => vi.mocked(counted.airQuality).mock.calls.length,
    setFaults: (next: Partial<FaultSettings>) => {
      faults = { ...faults, ...next };
    },
  };
}

const quiet = { warn: () => {} };

async function failureOf(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error("expected the call to fail");
}

describe("withResilience", () => {
  it("serves ≥ 95 % of 200 calls when upstream fails 30 % of the time", async () => {
    // Three attempts each: a call fails only if all three do, 0.3³ = 2.7 % (expect ~5 of 200).
    const { source } = faultyCity({ errorRate: 0.3 }, "hangzhou");
    const resilient = withResilience(source, { backoffBaseMs: 2, random: seededRandom("jitter"), ...quiet });
    let served = 0;
    for (let i = 0; i < 200; i++) {
      const items = await resilient.airQuality().catch(() => null);
      if (items) served++;
    }
    expect(served).toBeGreaterThanOrEqual(190);
    const health = resilient.health();
    expect(health.calls).toBe(200);
    expect(health.failures).toBe(200 - served);
    expect(health.retries).toBeGreaterThan(0);
    expect(health.circuit).toBe("closed");
  });

  it("never retries more than the bound", async () => {
    const { source, upstreamCalls } = faultyCity({ errorRate: 1 });
    const resilient = withResilience(source, { retries: 2, backoffBaseMs: 1, ...quiet });
    const error = await failureOf(resilient.airQuality());
    expect(error.kind).toBe("network");
    expect(upstreamCalls()).toBe(0); // the fault layer fails before reaching the city
    expect(resilient.health()).toMatchObject({ calls: 1, failures: 1, retries: 2 });
  });

  it("opens the circuit after sustained failure, then recovers through half-open", async () => {
    const { source, setFaults } = faultyCity({ errorRate: 1 });
    const resilient = withResilience(source, {
      retries: 1,
      backoffBaseMs: 1,
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 80 },
      ...quiet,
    });
    for (let i = 0; i < 3; i++) expect((await failureOf(resilient.airQuality())).kind).toBe("network");
    expect(resilient.health().circuit).toBe("open");
    const retriesBefore = resilient.health().retries;

    const started = performance.now();
    expect((await failureOf(resilient.airQuality())).kind).toBe("circuit-open");
    expect(performance.now() - started).toBeLessThan(20);
    expect(resilient.health().retries).toBe(retriesBefore);

    setFaults({ errorRate: 0, latencyMs: 30 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const trial = resilient.airQuality();
    expect(resilient.health().circuit).toBe("half-open");
    expect((await trial).length).toBeGreaterThan(0);
    expect(resilient.health().circuit).toBe("closed");
  });

  it("a failed half-open trial opens the circuit again", async () => {
    const { source } = faultyCity({ errorRate: 1 });
    const resilient = withResilience(source, {
      retries: 0,
      breaker: { consecutiveFailures: 2, halfOpenAfterMs: 30 },
      ...quiet,
    });
    await failureOf(resilient.airQuality());
    await failureOf(resilient.airQuality());
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await failureOf(resilient.airQuality())).kind).toBe("network");
    expect(resilient.health().circuit).toBe("open");
  });

  it("never serves a malformed payload, and does not retry it", async () => {
    const { source, upstreamCalls } = faultyCity({ malformedRate: 1 });
    const resilient = withResilience(source, { ...quiet });
    const error = await failureOf(resilient.airQuality());
    expect(error.kind).toBe("malformed");
    expect(upstreamCalls()).toBe(1);
    expect(resilient.health()).toMatchObject({ failures: 1, retries: 0 });
  });

  it("answers only with valid items when some payloads are corrupted", async () => {
    const { source } = faultyCity({ malformedRate: 0.5 }, "half-garbled");
    const resilient = withResilience(source, quiet);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => resilient.airQuality().catch((error: UpstreamError) => error)),
    );
    const failures = answers.filter((answer) => answer instanceof UpstreamError);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure.kind).toBe("malformed");
    for (const answer of answers) {
      if (Array.isArray(answer)) for (const station of answer) expect(station.id).not.toBe("");
    }
  });

  it("stays within the documented worst case when upstream hangs (latency 2000 ms, timeout 100 ms)", async () => {
    const { source } = faultyCity({ latencyMs: 2_000 });
    const options = { timeoutMs: 100, retries: 2, backoffBaseMs: 50 };
    const resilient = withResilience(source, { ...options, ...quiet });
    const started = performance.now();
    const error = await failureOf(resilient.airQuality());
    const elapsed = performance.now() - started;
    expect(error.kind).toBe("timeout");
    expect(worstCaseCallMs(options)).toBe(3 * 100 + 50 + 100);
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(elapsed).toBeLessThan(worstCaseCallMs(options) + 100);
    expect(resilient.health().retries).toBe(2);
  });

  it("documents a default worst case inside the routes' 2.5 s deadline", () => {
    expect(worstCaseCallMs()).toBe(2_400);
  });

  it("aborts the upstream call when an attempt times out", async () => {
    let seen: AbortSignal | undefined;
    const hanging: CityBrainSource = {
      ...createFixtureCity(),
      hospitals: ((options?: { signal?: AbortSignal }) => {
        seen = options?.signal;
        return new Promise(() => {});
      }) as CityBrainSource["hospitals"],
    };
    const resilient = withResilience(hanging, { timeoutMs: 30, retries: 0, ...quiet });
    expect((await failureOf(resilient.hospitals())).kind).toBe("timeout");
    expect(seen?.aborted).toBe(true);
  });

  it("does not retry or count a 4xx against upstream", async () => {
    const badRequest = vi.fn(async () => {
      throw new UpstreamError("http", "bad q", { status: 400 });
    });
    const source: CityBrainSource = { ...createFixtureCity(), pointsOfInterest: badRequest };
    const resilient = withResilience(source, { breaker: { consecutiveFailures: 1 }, ...quiet });
    for (let i = 0; i < 3; i++) expect((await failureOf(resilient.pointsOfInterest())).status).toBe(400);
    expect(badRequest).toHaveBeenCalledTimes(3);
    expect(resilient.health().circuit).toBe("closed");
  });

  it("validates history and passes the range through", async () => {
    const resilient = withResilience(createFixtureCity(), quiet);
    const range = { from: new Date("2026-05-01T00:00:00Z"), to: new Date("2026-05-01T02:00:00Z") };
    const items = await resilient.history("air", range);
    expect(items).toEqual(await createFixtureCity().history("air", range));
    expect(items).toHaveLength(2 * 3);
  });
});
