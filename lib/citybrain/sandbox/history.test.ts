import { describe, expect, it } from "vitest";
import { AirQualityObserved, CrowdFlowObserved, ParkingFacility } from "@/lib/citybrain/types";
import { createSandboxCity } from "./index";

const DAY = 86_400_000;
const city = createSandboxCity({ seed: "hangzhou", now: () => new Date("2026-06-01T00:00:00Z") });
const day = { from: new Date("2026-05-10T16:00:00Z"), to: new Date("2026-05-11T16:00:00Z") };

describe("history", () => {
  it("has one reading per entity per slot: parking every 15 min, air and crowds hourly", async () => {
    const parking = await city.history("parking", day);
    const air = await city.history("air", day);
    const crowd = await city.history("crowd", day);
    const entities = (items: { id: string }[]) => new Set(items.map((i) => i.id)).size;
    expect(parking).toHaveLength(96 * entities(parking));
    expect(air).toHaveLength(24 * 14);
    expect(crowd).toHaveLength(24 * 61);
    expect(new Set(parking.map((p) => p.observedAt)).size).toBe(96);
  });

  it("is oldest first, starting at the first slot at or after `from` and stopping before `to`", async () => {
    const range = { from: new Date("2026-05-10T16:07:00Z"), to: new Date("2026-05-10T17:00:00Z") };
    const stamps = [...new Set((await city.history("parking", range)).map((p) => p.observedAt))];
    expect(stamps).toEqual([
      "2026-05-10T16:15:00.000Z",
      "2026-05-10T16:30:00.000Z",
      "2026-05-10T16:45:00.000Z",
    ]);
    const air = await city.history("air", day);
    const times = air.map((a) => Date.parse(a.observedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(air[0]?.observedAt).toBe("2026-05-10T16:00:00.000Z");
    expect(air.at(-1)?.observedAt).toBe("2026-05-11T15:00:00.000Z");
  });

  it("returns what the live calls returned at those instants", async () => {
    const instant = new Date("2026-05-11T02:15:00Z");
    const live = createSandboxCity({ seed: "hangzhou", now: () => instant });
    const range = { from: instant, to: new Date(instant.getTime() + 1) };
    expect(await city.history("parking", range)).toEqual(await live.parking());
    const hour = new Date("2026-05-11T02:00:00Z");
    const liveHour = createSandboxCity({
      seed: "hangzhou",
      now: () => new Date(hour.getTime() + 59 * 60_000),
    });
    const hourRange = { from: hour, to: new Date(hour.getTime() + 1) };
    expect(await city.history("air", hourRange)).toEqual(await liveHour.airQuality());
    expect(await city.history("crowd", hourRange)).toEqual(await liveHour.crowdFlow());
  });

  it("limits to the entities asked for (crowds also by their point of interest)", async () => {
    const ids = [
      "urn:ngsi-ld:OffStreetParking:hangzhou:hubin-in77",
      "urn:ngsi-ld:OnStreetParking:hangzhou:nope",
    ];
    const parking = await city.history("parking", { ...day, entityIds: ids });
    expect(parking).toHaveLength(96);
    expect(new Set(parking.map((p) => p.id))).toEqual(new Set([ids[0]]));
    const crowd = await city.history("crowd", {
      ...day,
      entityIds: ["urn:ngsi-ld:PointOfInterest:hangzhou:leifeng-pagoda"],
    });
    expect(crowd).toHaveLength(24);
    expect(await city.history("air", { ...day, entityIds: [] })).toEqual([]);
  });

  it("is empty for an empty or reversed range", async () => {
    expect(await city.history("air", { from: day.to, to: day.from })).toEqual([]);
    expect(await city.history("air", { from: day.from, to: day.from })).toEqual([]);
  });

  it("passes the feed schemas of types.ts (a sample of each feed)", async () => {
    const sample = <T>(items: T[]) => items.filter((_, i) => i % 97 === 0);
    for (const p of sample(await city.history("parking", day))) ParkingFacility.parse(p);
    for (const a of sample(await city.history("air", day))) AirQualityObserved.parse(a);
    for (const c of sample(await city.history("crowd", day))) CrowdFlowObserved.parse(c);
  });

  // How fast is for bench/citybrain-backfill.ts (npm run bench:backfill); here only what it generates.
  it("generates 8 weeks of every feed for every entity", async () => {
    const fresh = createSandboxCity({ seed: "timing", now: () => new Date("2026-06-01T00:00:00Z") });
    const range = {
      from: new Date(Date.parse("2026-06-01T00:00:00Z") - 56 * DAY),
      to: new Date("2026-06-01T00:00:00Z"),
    };
    const counts = [
      (await fresh.history("parking", range)).length,
      (await fresh.history("air", range)).length,
      (await fresh.history("crowd", range)).length,
    ];
    expect(counts).toEqual([56 * 96 * 66, 56 * 24 * 14, 56 * 24 * 61]);
  });
});
