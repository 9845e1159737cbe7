import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import type { TimeRange } from "../types";
import { listen } from "./broker";
import { createNgsiLdSource } from "./client";
import { SMART_DATA_MODELS_CONTEXT } from "./normalized";

const city = createFixtureCity();
let broker: { url: string; close(): Promise<void> };
let requests: { url: URL; headers: Headers }[] = [];

/** Real fetch, recording what the client asked. */
const recordingFetch: typeof fetch = (input, init) => {
  requests.push({ url: new URL(String(input)), headers: new Headers(init?.headers) });
  return fetch(input, init);
};

beforeAll(async () => {
  broker = await listen(city, 0);
});
afterAll(() => broker.close());
beforeEach(() => {
  requests = [];
});

const client = (pageSize = 100) =>
  createNgsiLdSource({ baseUrl: broker.url, fetch: recordingFetch, pageSize, warn: () => {} });

describe("NGSI-LD client against the broker (real HTTP)", () => {
  it("queries entities by type with the context Link and Accept headers", async () => {
    expect(await client().parking()).toEqual(await city.parking());
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.url.pathname).toBe("/ngsi-ld/v1/entities");
    expect(request!.url.searchParams.get("type")).toBe("OffStreetParking,OnStreetParking");
    expect(request!.url.searchParams.get("count")).toBe("true");
    expect(request!.headers.get("accept")).toBe("application/json");
    expect(request!.headers.get("link")).toBe(
      `<${SMART_DATA_MODELS_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
    );
  });

  it("follows every page (5 car parks, pages of 2 → 3 requests)", async () => {
    expect(await client(2).parking()).toEqual(await city.parking());
    expect(requests.map((r) => [r.url.searchParams.get("limit"), r.url.searchParams.get("offset")])).toEqual([
      ["2", "0"],
      ["2", "2"],
      ["2", "4"],
    ]);
  });

  it("asks for nearby parking with georel near, coordinates longitude first", async () => {
    const geo = { near: { lat: 30.2581, lng: 120.1648 }, maxDistanceM: 500 };
    const nearby = await client().parking({ geo });
    expect(nearby).toEqual(await city.parking({ geo }));
    expect(nearby.map((lot) => lot.id)).toEqual([
      "urn:ngsi-ld:OffStreetParking:hangzhou:hubin-intime",
      "urn:ngsi-ld:OffStreetParking:hangzhou:yanan-road",
    ]);
    const params = requests[0]!.url.searchParams;
    expect(params.get("georel")).toBe("near;maxDistance==500");
    expect(params.get("geometry")).toBe("Point");
    expect(params.get("coordinates")).toBe("[120.1648,30.2581]");
  });

  it("reads air quality and crowd flow", async () => {
    expect(await client().airQuality()).toEqual(await city.airQuality());
    expect(await client().crowdFlow()).toEqual(await city.crowdFlow());
    expect(requests.map((r) => r.url.searchParams.get("type"))).toEqual([
      "AirQualityObserved",
      "CrowdFlowObserved",
    ]);
  });

  it("tells sights from hospitals with q on the PointOfInterest category", async () => {
    expect(await client(1).pointsOfInterest()).toEqual(await city.pointsOfInterest());
    expect(requests[0]!.url.searchParams.get("q")).toBe('category!="hospital"');
    requests = [];
    expect(await client().hospitals()).toEqual(await city.hospitals());
    expect(requests[0]!.url.searchParams.get("type")).toBe("PointOfInterest");
    expect(requests[0]!.url.searchParams.get("q")).toBe('category=="hospital"');
  });

  it("sends the tenant", async () => {
    await createNgsiLdSource({
      baseUrl: `${broker.url}/`,
      fetch: recordingFetch,
      tenant: "hangzhou",
    }).hospitals();
    expect(requests[0]!.headers.get("ngsild-tenant")).toBe("hangzhou");
  });
});

describe("history through the temporal API", () => {
  const range: TimeRange = { from: new Date("2026-04-30T22:00:00Z"), to: new Date("2026-05-01T02:00:00Z") };

  it.each(["parking", "air", "crowd"] as const)("%s over a range equals the city's history", async (feed) => {
    const history = await client(2).history(feed, range);
    expect(history).toEqual(await city.history(feed, range));
    expect(history.length).toBeGreaterThan(0);
    const params = requests[0]!.url.searchParams;
    expect(requests[0]!.url.pathname).toBe("/ngsi-ld/v1/temporal/entities");
    expect(params.get("timerel")).toBe("between");
    expect(params.get("timeAt")).toBe("2026-04-30T22:00:00.000Z");
    // `to` is inclusive; `between` excludes endTimeAt.
    expect(params.get("endTimeAt")).toBe("2026-05-01T02:00:00.001Z");
  });

  it("pages through temporal entities (5 car parks, pages of 2)", async () => {
    await client(2).history("parking", range);
    expect(requests.map((r) => r.url.searchParams.get("offset"))).toEqual(["0", "2", "4"]);
  });

  it("includes a reading exactly at `to` and at `from`", async () => {
    const instant = new Date("2026-05-01T00:00:00Z");
    const items = await client().history("parking", { from: instant, to: instant });
    expect(items).toHaveLength(5);
    expect(items.every((item) => item.observedAt === instant.toISOString())).toBe(true);
  });

  it("limits history to the given entity ids", async () => {
    const entityIds = ["urn:ngsi-ld:CrowdFlowObserved:hangzhou:west-lake"];
    const history = await client().history("crowd", { ...range, entityIds });
    expect(history).toEqual(await city.history("crowd", { ...range, entityIds }));
    expect(new Set(history.map((item) => item.id))).toEqual(new Set(entityIds));
    expect(requests[0]!.url.searchParams.get("id")).toBe(entityIds[0]);
  });

  it("asks nothing for an empty id list", async () => {
    expect(await client().history("air", { ...range, entityIds: [] })).toEqual([]);
    expect(requests).toHaveLength(0);
  });
});
