import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import {
  airObservations,
  crowdObservations,
  parkingObservations,
  parkingObservationsHourly,
} from "@/lib/db/schema";
import { FIT_HISTORY_MS } from "@/lib/parking/prediction/predict-free-spaces";
import { createTestDb } from "@/lib/testing/test-db";
import {
  downsampleParkingHistory,
  HISTORY_HOURLY_DAYS,
  PARKING_READINGS_DAYS,
  purgeOldCityHistory,
} from "./city-history";
import { DAY_MS, HOUR_MS } from "./periods";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const now = new Date("2026-11-23T08:20:00Z");
const MINUTE = 60_000;
const ago = (ms: number) => new Date(now.getTime() - ms);
/** The first hour wholly older than eight weeks. */
const oldHour = new Date("2026-09-28T06:00:00Z");

const reading = (facilityId: string, observedAt: Date, available: number) => ({
  facilityId,
  observedAt,
  available,
  total: 100,
});

async function parkingRows(facilityId: string) {
  return opened.db
    .select({ at: parkingObservations.observedAt, available: parkingObservations.available })
    .from(parkingObservations)
    .where(eq(parkingObservations.facilityId, facilityId))
    .orderBy(asc(parkingObservations.observedAt));
}

async function hourlyRows(facilityId: string) {
  return opened.db
    .select()
    .from(parkingObservationsHourly)
    .where(eq(parkingObservationsHourly.facilityId, facilityId))
    .orderBy(asc(parkingObservationsHourly.hour));
}

describe("city history retention", () => {
  it("keeps at least the eight weeks the parking forecast fits on at full resolution", () => {
    expect(PARKING_READINGS_DAYS * DAY_MS).toBeGreaterThanOrEqual(FIT_HISTORY_MS);
    expect(HISTORY_HOURLY_DAYS).toBe(730);
  });

  it("turns 15-minute readings older than eight weeks into hourly means, and leaves the rest alone", async () => {
    const { db } = opened;
    const old = [0, 15, 30, 45].map((m) =>
      reading("a", new Date(oldHour.getTime() + m * MINUTE), 10 + m / 15),
    );
    const nextHour = [0, 15].map((m) =>
      reading("a", new Date(oldHour.getTime() + HOUR_MS + m * MINUTE), 50 + m),
    );
    // Inside the hour that straddles the eight-week line: kept whole until the hour is wholly past it.
    const straddling = reading("a", ago(PARKING_READINGS_DAYS * DAY_MS + 5 * MINUTE), 7);
    const recent = [reading("a", ago(PARKING_READINGS_DAYS * DAY_MS - HOUR_MS), 3), reading("a", ago(0), 4)];
    await db.insert(parkingObservations).values([...old, ...nextHour, straddling, ...recent]);

    expect(await downsampleParkingHistory(db, now)).toEqual({ hours: 2, readings: 6 });

    expect(await hourlyRows("a")).toEqual([
      { facilityId: "a", hour: oldHour, available: 12, minAvailable: 10, total: 100, readings: 4 },
      {
        facilityId: "a",
        hour: new Date(oldHour.getTime() + HOUR_MS),
        available: 58,
        minAvailable: 50,
        total: 100,
        readings: 2,
      },
    ]);
    expect((await parkingRows("a")).map((r) => r.available)).toEqual([7, 3, 4]);
  });

  it("is idempotent: running again changes nothing", async () => {
    const before = await hourlyRows("a");
    expect(await downsampleParkingHistory(opened.db, now)).toEqual({ hours: 0, readings: 0 });
    expect(await hourlyRows("a")).toEqual(before);
    expect((await parkingRows("a")).map((r) => r.available)).toEqual([7, 3, 4]);
  });

  it("is safe to rerun over an hour already written: the hourly row stays, the readings go", async () => {
    const { db } = opened;
    const hour = new Date(oldHour.getTime() - DAY_MS);
    await db
      .insert(parkingObservationsHourly)
      .values({ facilityId: "b", hour, available: 20, minAvailable: 20, total: 100, readings: 4 });
    await db
      .insert(parkingObservations)
      .values([reading("b", hour, 20), reading("b", new Date(hour.getTime() + 15 * MINUTE), 99)]);
    await downsampleParkingHistory(db, now);
    expect(await hourlyRows("b")).toEqual([
      { facilityId: "b", hour, available: 20, minAvailable: 20, total: 100, readings: 4 },
    ]);
    expect(await parkingRows("b")).toEqual([]);
  });

  it("works through a backlog a bounded slice per transaction, oldest first", async () => {
    const { db } = opened;
    const start = new Date(oldHour.getTime() - 20 * DAY_MS);
    const rows = Array.from({ length: 4 * 24 * 3 }, (_, i) =>
      reading("c", new Date(start.getTime() + i * 15 * MINUTE), i % 100),
    );
    await db.insert(parkingObservations).values(rows);
    const first = await downsampleParkingHistory(db, now, { maxBatches: 1 });
    expect(first.hours).toBeGreaterThan(0);
    expect(first.hours).toBeLessThan(72);
    expect((await parkingRows("c")).length).toBe(rows.length - first.readings);
    await downsampleParkingHistory(db, now);
    expect(await parkingRows("c")).toEqual([]);
    expect(await hourlyRows("c")).toHaveLength(72);
  });

  it("deletes hourly parking history, air and crowd readings older than two years", async () => {
    const { db } = opened;
    const tooOld = ago(HISTORY_HOURLY_DAYS * DAY_MS + HOUR_MS);
    const kept = ago(HISTORY_HOURLY_DAYS * DAY_MS - HOUR_MS);
    const hourly = (hour: Date) => ({
      facilityId: "d",
      hour,
      available: 1,
      minAvailable: 1,
      total: 2,
      readings: 4,
    });
    await db.insert(parkingObservationsHourly).values([hourly(tooOld), hourly(kept)]);
    await db.insert(airObservations).values([
      { stationId: "s", observedAt: tooOld, pm25: 30 },
      { stationId: "s", observedAt: kept, pm25: 31 },
    ]);
    const crowd = (observedAt: Date) => ({
      poiId: "p",
      observedAt,
      peopleCount: 1,
      occupancy: 0.1,
      queueMinutes: 0,
      dayType: "workday",
    });
    await db.insert(crowdObservations).values([crowd(tooOld), crowd(kept)]);

    expect(await purgeOldCityHistory(db, now)).toBe(3);
    expect((await hourlyRows("d")).map((r) => r.hour)).toEqual([kept]);
    expect((await db.select().from(airObservations)).map((r) => r.pm25)).toEqual([31]);
    expect((await db.select().from(crowdObservations)).map((r) => r.observedAt)).toEqual([kept]);
  });
});
