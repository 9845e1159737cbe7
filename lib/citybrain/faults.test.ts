import { describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import type { FaultSettings } from "./fault-settings";
import { seededRandom, withFaults } from "./faults";
import { AirQualityObserved } from "./types";
import { UpstreamError } from "./upstream-error";

const city = createFixtureCity();
const faults = (settings: Partial<FaultSettings>) => () => ({
  errorRate: 0,
  latencyMs: 0,
  malformedRate: 0,
  ...settings,
});

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed, in [0, 1)", () => {
    const a = seededRandom("hangzhou");
    const b = seededRandom("hangzhou");
    const first = Array.from({ length: 1_000 }, a);
    expect(Array.from({ length: 1_000 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom("west lake")()).not.toBe(first[0]);
  });
});

describe("withFaults", () => {
  it("passes answers through untouched when the knobs are at zero", async () => {
    const source = withFaults(city, faults({}));
    expect(await source.airQuality()).toEqual(await city.airQuality());
    expect(source.kind).toBe("sandbox");
  });

  it("fails about errorRate of the calls with a retryable network error", async () => {
    const source = withFaults(city, faults({ errorRate: 0.3 }), seededRandom("errors"));
    const outcomes = await Promise.all(
      Array.from({ length: 1_000 }, () => source.hospitals().catch((e) => e)),
    );
    const errors = outcomes.filter((o) => o instanceof UpstreamError);
    expect(errors.length).toBeGreaterThan(250);
    expect(errors.length).toBeLessThan(350);
    expect(errors.every((e) => e.kind === "network" && e.isRetryable())).toBe(true);
  });

  it("corrupts about malformedRate of the answers so that no item passes the schema", async () => {
    const source = withFaults(city, faults({ malformedRate: 0.5 }), seededRandom("garbled"));
    let corrupted = 0;
    for (let i = 0; i < 200; i++) {
      const items: unknown[] = await source.airQuality();
      const valid = items.filter((item) => AirQualityObserved.safeParse(item).success);
      if (valid.length === 0) corrupted++;
      else expect(valid).toHaveLength(items.length);
    }
    expect(corrupted).toBeGreaterThan(70);
    expect(corrupted).toBeLessThan(130);
  });

  it("corrupts an empty answer too", async () => {
    const empty = { ...city, hospitals: async () => [] };
    const items: unknown[] = await withFaults(empty, faults({ malformedRate: 1 })).hospitals();
    expect(items).toHaveLength(1);
  });

  it("adds latency and gives it up when the caller aborts", async () => {
    const source = withFaults(city, faults({ latencyMs: 60 }));
    let started = performance.now();
    await source.crowdFlow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);

    started = performance.now();
    const attempt = source.crowdFlow({ signal: AbortSignal.timeout(10) });
    await expect(attempt).rejects.toMatchObject({ kind: "timeout" });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("reads the knobs on every call", async () => {
    let settings: FaultSettings = { errorRate: 1, latencyMs: 0, malformedRate: 0 };
    const source = withFaults(city, () => settings);
    await expect(source.pointsOfInterest()).rejects.toBeInstanceOf(UpstreamError);
    settings = { ...settings, errorRate: 0 };
    expect(await source.pointsOfInterest()).toEqual(await city.pointsOfInterest());
  });

  it("passes geo queries and history ranges through", async () => {
    const source = withFaults(city, faults({}));
    const geo = { near: { lat: 30.2581, lng: 120.1648 }, maxDistanceM: 500 };
    expect(await source.parking({ geo })).toEqual(await city.parking({ geo }));
    const range = { from: new Date("2026-05-01T00:00:00Z"), to: new Date("2026-05-01T00:30:00Z") };
    expect(await source.history("crowd", range)).toEqual(await city.history("crowd", range));
  });
});
