import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import type { CityBrainSource, FeedItems, ObservationFeed, ParkingFacility, TimeRange } from "../types";
import { catchUpHistory } from "./catch-up";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const FIVE_MIN = 5 * 60 * 1000;

/** Two car parks reporting every five minutes; counts how often history was asked for. */
function generatedSource() {
  const calls: TimeRange[] = [];
  const parkingAt = (id: string, t: number): ParkingFacility => ({
    id,
    type: "OffStreetParking",
    name: { zh: id, en: id },
    location: { lat: 30.25, lng: 120.16 },
    zone: "offstreet",
    totalSpotNumber: 100,
    availableSpotNumber: (t / FIVE_MIN) % 100,
    observedAt: new Date(t).toISOString(),
    category: [],
    estimated: { capacity: false, location: false },
  });
  const source: CityBrainSource = {
    kind: "sandbox",
    parking: async () => [],
    airQuality: async () => [],
    crowdFlow: async () => [],
    pointsOfInterest: async () => [],
    hospitals: async () => [],
    history: async <F extends ObservationFeed>(feed: F, range: TimeRange) => {
      calls.push(range);
      if (feed !== "parking") return [] as FeedItems[F][];
      const items: ParkingFacility[] = [];
      const first = Math.ceil(range.from.getTime() / FIVE_MIN) * FIVE_MIN;
      for (let t = first; t <= range.to.getTime(); t += FIVE_MIN)
        items.push(parkingAt("a", t), parkingAt("b", t));
      return items as FeedItems[F][];
    },
  };
  return { source, calls };
}

const count = async () => {
  const result = await opened.db.execute(sql`select count(*)::int as n from parking_observations`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
};

describe("catchUpHistory", () => {
  const now = new Date("2026-11-23T08:00:00Z");

  it("backfills the requested days on an empty database, a day per upstream call", async () => {
    const { source, calls } = generatedSource();
    const reports = await catchUpHistory(opened.db, source, { now, backfillDays: 3, feeds: ["parking"] });
    expect(reports[0]!.inserted).toBe(2 * (3 * 288 + 1));
    expect(await count()).toBe(2 * (3 * 288 + 1));
    expect(calls).toHaveLength(3);
  });

  it("afterwards only fetches what is new, and stores nothing twice", async () => {
    const { source, calls } = generatedSource();
    const later = new Date(now.getTime() + 30 * 60 * 1000);
    const reports = await catchUpHistory(opened.db, source, {
      now: later,
      backfillDays: 3,
      feeds: ["parking"],
    });
    expect(reports[0]!.inserted).toBe(2 * 6);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.from.getTime()).toBe(now.getTime() + 1);
    const again = await catchUpHistory(opened.db, source, {
      now: later,
      backfillDays: 3,
      feeds: ["parking"],
    });
    expect(again[0]!.inserted).toBe(0);
  });
});
