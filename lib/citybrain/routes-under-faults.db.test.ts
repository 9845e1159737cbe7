import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStations } from "@/lib/air/stations";
import type { OpenDb } from "@/lib/db/open";
import { listNearbyLots } from "@/lib/parking/nearby-lots";
import { createTestDb } from "@/lib/testing/test-db";
import { listPois } from "@/lib/tour/pois";
import { cityFeed } from "./city-feed";
import type { FaultSettings } from "./fault-settings";
import { seededRandom, withFaults } from "./faults";
import { withResilience } from "./resilience";
import { createSandboxCity } from "./sandbox";

// The resilience bar, through the same domain calls the routes make: with 30 % upstream errors and
// 2 s of added latency every answer still comes within 3 s, labelled stale, and nothing throws.
let opened: OpenDb;
let faults: FaultSettings = { errorRate: 0, latencyMs: 0, malformedRate: 0 };
// The production wiring (lib/citybrain/source.ts) with default timeouts. Each server keeps the feeds in memory for a
// while (lib/citybrain/feed-cache.ts); a new source is a server that has nothing in memory yet (just started, or
// another of several), which must rely on upstream and the shared database copy.
const freshServer = () =>
  withResilience(withFaults(createSandboxCity({ seed: "resilience" }), () => faults, seededRandom("faults")));
let source = freshServer();
const hubin = { lat: 30.259, lng: 120.165, radius: 3_000 };
const calls = {
  lots: async () => listNearbyLots(await cityFeed(opened.db, source, "parking"), hubin, "zh-CN"),
  stations: async () => listStations(await cityFeed(opened.db, source, "air"), "en"),
  pois: async () => listPois(await cityFeed(opened.db, source, "pois"), "zh-CN"),
};

beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("routes when the city's feeds misbehave", () => {
  it("answer fresh while upstream is healthy (and keep that answer)", async () => {
    for (const call of Object.values(calls)) expect((await call()).stale).toBe(false);
    await new Promise((r) => setTimeout(r, 200)); // the last good answer is stored after the response
  });

  it("answer within 3 s with the stored data labelled stale under 30 % errors + 2 s latency", async () => {
    faults = { errorRate: 0.3, latencyMs: 2_000, malformedRate: 0 };
    source = freshServer();
    const results = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const timings: number[] = [];
        for (const call of Object.values(calls)) {
          const started = performance.now();
          const answer = await call();
          timings.push(performance.now() - started);
          expect(answer.stale).toBe(true);
          expect(Number.isNaN(Date.parse(answer.asOf))).toBe(false);
        }
        return timings;
      }),
    );
    expect(Math.max(...results.flat())).toBeLessThan(3_000);
  }, 30_000);

  it("never serve a malformed payload: a broken answer falls back to the last good one", async () => {
    faults = { errorRate: 0, latencyMs: 0, malformedRate: 1 };
    source = freshServer();
    const answer = await calls.lots();
    expect(answer.stale).toBe(true);
    expect(answer.lots.length).toBeGreaterThan(0);
    for (const lot of answer.lots) expect(lot.available).toBeLessThanOrEqual(lot.total);
    faults = { errorRate: 0, latencyMs: 0, malformedRate: 0 };
  }, 30_000);
});
