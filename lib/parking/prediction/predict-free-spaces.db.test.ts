import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordObservations } from "@/lib/citybrain/history/record";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { predictFreeSpaces } from "./predict-free-spaces";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const NOW = new Date("2026-11-23T10:00:00+08:00");
const city = createSandboxCity({ seed: "predict-test", now: () => NOW });

let opened: OpenDb;
let facilityIds: string[];
/** Stored free spaces by facility and instant, including the held-out day after NOW. */
const stored = new Map<string, number>();

beforeAll(async () => {
  opened = await createTestDb();
  const facilities = await city.parking();
  facilityIds = [facilities[0]!.id, facilities[7]!.id, facilities[facilities.length - 1]!.id];
  const history = await city.history("parking", {
    from: new Date(NOW.getTime() - 56 * DAY_MS),
    to: new Date(NOW.getTime() + DAY_MS + 61 * MINUTE_MS),
    entityIds: facilityIds,
  });
  for (const p of history) stored.set(`${p.id}@${Date.parse(p.observedAt)}`, p.availableSpotNumber);
  await recordObservations(opened.db, "parking", history);
  // A car park with three days of history only.
  const young = facilities[3]!.id;
  await recordObservations(
    opened.db,
    "parking",
    await city.history("parking", {
      from: new Date(NOW.getTime() - 3 * DAY_MS),
      to: NOW,
      entityIds: [young],
    }),
  );
});
afterAll(() => opened.close());

describe("predictFreeSpaces", () => {
  it("forecasts 15, 30 and 60 minutes ahead with an interval inside the car park", async () => {
    for (const id of facilityIds) {
      const prediction = await predictFreeSpaces(opened.db, id, NOW);
      expect(prediction).not.toBeNull();
      const { horizons, basis } = prediction!;
      expect(horizons.map((h) => h.minutes)).toEqual([15, 30, 60]);
      expect(basis).toMatchObject({ facilityId: id, observedAt: NOW.toISOString(), intervalCoverage: 0.8 });
      expect(basis.readings).toBeGreaterThan(50 * 96);
      for (const h of horizons) {
        expect(Number.isInteger(h.available) && Number.isInteger(h.low) && Number.isInteger(h.high)).toBe(
          true,
        );
        expect(0 <= h.low && h.low <= h.available && h.available <= h.high && h.high <= basis.total).toBe(
          true,
        );
      }
    }
  });

  it("beats persistence on the held-out next day, and the interval covers most outcomes", async () => {
    const errors = { model: { 15: 0, 30: 0, 60: 0 }, lastValue: { 15: 0, 30: 0, 60: 0 } };
    let covered = 0;
    let count = 0;
    for (const id of facilityIds) {
      for (let hour = 0; hour < 24; hour++) {
        const origin = NOW.getTime() + hour * 60 * MINUTE_MS;
        const prediction = await predictFreeSpaces(opened.db, id, new Date(origin));
        expect(prediction).not.toBeNull();
        const now = stored.get(`${id}@${origin}`)!;
        for (const h of prediction!.horizons) {
          const actual = stored.get(`${id}@${origin + h.minutes * MINUTE_MS}`)!;
          errors.model[h.minutes] += Math.abs(h.available - actual);
          errors.lastValue[h.minutes] += Math.abs(now - actual);
          covered += Number(h.low <= actual && actual <= h.high);
          count += 1;
        }
      }
    }
    for (const minutes of [15, 30, 60] as const) {
      expect(errors.model[minutes]).toBeLessThan(errors.lastValue[minutes]);
    }
    expect(errors.model[60]).toBeLessThan(0.7 * errors.lastValue[60]);
    expect(covered / count).toBeGreaterThan(0.65);
  });

  it("answers null with too little, too old or no history", async () => {
    const facilities = await city.parking();
    expect(await predictFreeSpaces(opened.db, facilities[3]!.id, NOW)).toBeNull();
    expect(
      await predictFreeSpaces(opened.db, facilityIds[0]!, new Date(NOW.getTime() + 3 * DAY_MS)),
    ).toBeNull();
    expect(
      await predictFreeSpaces(opened.db, "urn:ngsi-ld:OffStreetParking:hangzhou:nowhere", NOW),
    ).toBeNull();
  });

  it("reads nothing after `now`: the same forecast whether or not the future is stored", async () => {
    const early = new Date(NOW.getTime() - 2 * DAY_MS);
    const withFuture = await predictFreeSpaces(opened.db, facilityIds[0]!, early);
    const fresh = await createTestDb();
    try {
      await recordObservations(
        fresh.db,
        "parking",
        await city.history("parking", {
          from: new Date(NOW.getTime() - 56 * DAY_MS),
          to: new Date(early.getTime() + 1),
          entityIds: [facilityIds[0]!],
        }),
      );
      expect(await predictFreeSpaces(fresh.db, facilityIds[0]!, early)).toEqual(withFuture);
    } finally {
      await fresh.close();
    }
  });
});
