import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxCity } from "../sandbox";
import { listen } from "./broker";
import { createNgsiLdSource } from "./client";

// What `npm run sandbox:broker` serves, read back by the client the app uses with CITYBRAIN_SOURCE=ngsi-ld:
// every feed must arrive exactly as the in-process sandbox city produces it.
const clock = new Date("2026-10-03T06:20:00Z"); // National Day golden week, 14:20 in Hangzhou
const city = createSandboxCity({ seed: "hangzhou", now: () => clock });
let broker: { url: string; close(): Promise<void> };
let client: ReturnType<typeof createNgsiLdSource>;

beforeAll(async () => {
  broker = await listen(city, 0, "127.0.0.1", { log: () => {} });
  client = createNgsiLdSource({ baseUrl: broker.url, pageSize: 50, warn: () => {} });
});
afterAll(() => broker.close());

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe("the sandbox city over NGSI-LD HTTP", () => {
  it("serves every live feed unchanged", async () => {
    expect(byId(await client.parking())).toEqual(byId(await city.parking()));
    expect(byId(await client.airQuality())).toEqual(byId(await city.airQuality()));
    expect(byId(await client.crowdFlow())).toEqual(byId(await city.crowdFlow()));
    expect(byId(await client.pointsOfInterest())).toEqual(byId(await city.pointsOfInterest()));
    expect(byId(await client.hospitals())).toEqual(byId(await city.hospitals()));
  });

  it("answers a geo query with the same car parks, nearest first", async () => {
    const geo = { near: { lat: 30.259, lng: 120.165 }, maxDistanceM: 1_500 };
    const local = await city.parking({ geo });
    expect(local.length).toBeGreaterThan(2);
    expect((await client.parking({ geo })).map((p) => p.id)).toEqual(local.map((p) => p.id));
  });

  it("serves six hours of history for every feed as the temporal API", async () => {
    const range = { from: new Date("2026-10-03T00:00:00Z"), to: new Date("2026-10-03T06:00:00Z") };
    for (const feed of ["parking", "air", "crowd"] as const) {
      const order = (items: { id: string; observedAt: string }[]) =>
        [...items].sort((a, b) => a.observedAt.localeCompare(b.observedAt) || a.id.localeCompare(b.id));
      const local = await city.history(feed, range);
      expect(local.length).toBeGreaterThan(0);
      expect(order(await client.history(feed, range))).toEqual(order(local));
    }
  });
});
