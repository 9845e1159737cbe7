import { afterEach, describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import type { FaultSettings } from "../fault-settings";
import { seededRandom, withFaults } from "../faults";
import { withResilience } from "../resilience";
import { UpstreamError } from "../upstream-error";
import { listen } from "./broker";
import { createNgsiLdSource } from "./client";

const city = createFixtureCity();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** The fixture city behind sandbox faults, served by the broker, read by the client through resilience. */
async function resilientClientOfFaultyBroker(faults: Partial<FaultSettings>) {
  const settings = { errorRate: 0, latencyMs: 0, malformedRate: 0, ...faults };
  const faulty = withFaults(city, () => settings, seededRandom("hangzhou"));
  const broker = await listen(faulty, 0, "127.0.0.1", { log: () => {} });
  closers.push(broker.close);
  const client = createNgsiLdSource({ baseUrl: broker.url, pageSize: 2, warn: () => {} });
  return withResilience(client, { backoffBaseMs: 2, random: seededRandom("jitter"), warn: () => {} });
}

describe("sandbox faults → broker → client → resilience", () => {
  it("serves ≥ 95 % of 200 calls when the city fails 30 % of the time, and serves them right", async () => {
    const source = await resilientClientOfFaultyBroker({ errorRate: 0.3 });
    const expected = await city.airQuality();
    let served = 0;
    for (let i = 0; i < 200; i++) {
      const answer = await source.airQuality().catch((error: unknown) => error);
      if (answer instanceof UpstreamError) {
        expect(answer).toMatchObject({ kind: "http", status: 500 });
      } else {
        expect(answer).toEqual(expected);
        served++;
      }
    }
    expect(served).toBeGreaterThanOrEqual(190);
    expect(source.health().circuit).toBe("closed");
    // 200 round trips over HTTP with retries: seconds on a busy machine, and no speed is claimed here.
  }, 30_000);

  it("never serves a corrupted answer from the broker", async () => {
    const source = await resilientClientOfFaultyBroker({ malformedRate: 1 });
    const error = await source.hospitals().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "malformed" });
  });
});
