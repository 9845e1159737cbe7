import { describe, expect, it } from "vitest";
import type { ParkingFacility } from "@/lib/citybrain/types";
import { fromShanghai } from "@/lib/time";
import { createSandboxCity } from "./index";

const city = createSandboxCity({ seed: "hangzhou", now: () => new Date("2026-06-01T00:00:00Z") });

/** Mean occupied share of a group of car parks over a local time window of one date. */
async function meanShare(date: string, from: string, to: string, pick: (p: ParkingFacility) => boolean) {
  const items = (
    await city.history("parking", { from: fromShanghai(date, from), to: fromShanghai(date, to) })
  ).filter(pick);
  return items.reduce((sum, p) => sum + 1 - p.availableSpotNumber / p.totalSpotNumber, 0) / items.length;
}
const hospitals = (p: ParkingFacility) => p.category.includes("forVisitors");
const westLake = (p: ParkingFacility) => p.zone === "westlake";

describe("sandbox parking", () => {
  it("has the 48 car parks of ../shared plus street-berth groups in every tariff zone", async () => {
    const all = await city.history("parking", {
      from: new Date("2026-05-13T04:00:00Z"),
      to: new Date("2026-05-13T04:00:01Z"),
    });
    expect(all.filter((p) => !p.id.includes(":street-"))).toHaveLength(48);
    const streetZones = new Set(all.filter((p) => p.type === "OnStreetParking").map((p) => p.zone));
    expect(streetZones).toEqual(new Set(["core", "level1", "level2", "westlake"]));
    expect(
      all
        .filter((p) => p.type === "OffStreetParking")
        .every((p) => ["westlake", "offstreet"].includes(p.zone)),
    ).toBe(true);
  });

  it("keeps sourced capacities and flags the estimated ones", async () => {
    const all = await city.history("parking", {
      from: new Date("2026-05-13T04:00:00Z"),
      to: new Date("2026-05-13T04:00:01Z"),
    });
    const byId = (slug: string) => all.find((p) => p.id.endsWith(`:${slug}`));
    expect(byId("renmin-dahuitang-ug")).toMatchObject({
      totalSpotNumber: 809,
      estimated: { capacity: false },
    });
    expect(byId("donghe-eco-park-ug")).toMatchObject({
      totalSpotNumber: 171,
      estimated: { capacity: false },
    });
    expect(byId("hubin-in77")?.estimated.capacity).toBe(true);
    expect(byId("street-pinghai-rd")?.estimated).toEqual({ capacity: true, location: true });
    expect(byId("srrsh-robot-garage")?.category).toEqual(
      expect.arrayContaining(["parkingGarage", "reservable"]),
    );
    expect(byId("huanglong-pr")?.category).toContain("urbanDeterrentParking");
  });

  it("never reports more free spaces than the car park has, nor fewer than none", async () => {
    const week = await city.history("parking", {
      from: new Date("2026-09-28T00:00:00Z"),
      to: new Date("2026-10-05T00:00:00Z"),
    });
    expect(week.every((p) => p.availableSpotNumber >= 0 && p.availableSpotNumber <= p.totalSpotNumber)).toBe(
      true,
    );
  });

  it("fills hospital car parks on weekdays and empties them at weekends (Birmingham commuter shapes)", async () => {
    const weekday = await meanShare("2026-05-13", "09:00", "16:00", hospitals); // Wednesday
    const weekend = await meanShare("2026-05-16", "09:00", "16:00", hospitals); // Saturday
    expect(weekday).toBeGreaterThan(0.7);
    expect(weekday - weekend).toBeGreaterThan(0.3);
  });

  it("makes West Lake car parks busier on a weekend afternoon than on a weekday one", async () => {
    const weekday = await meanShare("2026-05-13", "13:00", "17:00", westLake);
    const weekend = await meanShare("2026-05-16", "13:00", "17:00", westLake);
    expect(weekend).toBeGreaterThan(weekday);
  });

  it("fills West Lake and the Huanglong P+R to about 90% in a golden week (the sourced P+R figure)", async () => {
    const goldenWeek = await meanShare("2026-10-03", "13:00", "16:00", westLake);
    const weekend = await meanShare("2026-05-16", "13:00", "16:00", westLake);
    expect(goldenWeek).toBeGreaterThan(weekend);
    const pr = await meanShare("2026-10-03", "13:00", "16:00", (p) => p.id.endsWith(":huanglong-pr"));
    expect(pr).toBeGreaterThan(0.8);
    expect(pr).toBeLessThanOrEqual(1);
  });

  it("runs a make-up working Saturday like a weekday", async () => {
    const makeUp = await meanShare("2026-10-10", "09:00", "16:00", hospitals); // 调休 Saturday
    const saturday = await meanShare("2026-10-17", "09:00", "16:00", hospitals);
    expect(makeUp - saturday).toBeGreaterThan(0.3);
  });

  it("moves smoothly: consecutive 15-minute readings stay close", async () => {
    const day = await city.history("parking", {
      from: fromShanghai("2026-05-13", "00:00"),
      to: fromShanghai("2026-05-14", "00:00"),
      entityIds: ["urn:ngsi-ld:OffStreetParking:hangzhou:hangzhou-east"],
    });
    const shares = day.map((p) => 1 - p.availableSpotNumber / p.totalSpotNumber);
    const steps = shares.slice(1).map((s, i) => Math.abs(s - (shares[i] ?? s)));
    expect(Math.max(...steps)).toBeLessThan(0.08);
  });
});
