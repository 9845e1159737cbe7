import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import parkingJson from "@/lib/citybrain/sandbox/data/parking.json";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { quoteLotStay } from "./lot-quote";
import { listNearbyLots } from "./nearby-lots";

// A Wednesday morning: West Lake prices by the hour, city car parks by their own tariffs.
const NOW = new Date("2026-05-13T10:00:00+08:00");
const HOUR = 60 * 60_000;
const city = createSandboxCity({ seed: "nearby-lots", now: () => NOW });

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("listNearbyLots", () => {
  it("prices the next hour of every lot as the quote for that stay does, and never above two hours", async () => {
    const feed = await cityFeed(opened.db, city, "parking");
    const { lots } = listNearbyLots(feed, { lat: 30.2467, lng: 120.1442, radius: 3_000 }, "zh-CN", NOW);
    expect(lots.length).toBeGreaterThan(10);
    for (const lot of lots) {
      const quote = await quoteLotStay(
        opened.db,
        city,
        lot.id,
        { entry: NOW, exit: new Date(NOW.getTime() + HOUR), vehicleClass: "small" },
        "zh-CN",
      );
      expect(lot.oneHourFeeFen, lot.id).toBe(quote.feeFen);
      expect(lot.feeEstimated, lot.id).toBe(quote.estimated);
      expect(lot.oneHourFeeFen, lot.id).toBeLessThanOrEqual(lot.twoHourFeeFen);
    }
    expect(lots.some((lot) => lot.zone === "westlake" && lot.oneHourFeeFen > 0)).toBe(true);
  });

  it("says how many car parks and street-berth groups the city's data has, wherever the search is", async () => {
    const types = parkingJson.facilities.map((facility) => facility.type);
    const expected = {
      carParks: types.filter((type) => type === "OffStreetParking").length,
      streetGroups: types.filter((type) => type === "OnStreetParking").length,
    };
    expect(expected).toEqual({ carParks: 45, streetGroups: 21 });
    const feed = await cityFeed(opened.db, city, "parking");
    const far = listNearbyLots(feed, { lat: 30.5, lng: 120.5, radius: 100 }, "en", NOW);
    expect(far.lots).toEqual([]);
    expect(far.coverage).toEqual(expected);
  });
});
