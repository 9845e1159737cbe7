import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import { recordObservations } from "@/lib/citybrain/history/record";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { getLotDetail } from "./lot-detail";

const DAY_MS = 86_400_000;
const NOW = new Date("2026-11-24T09:00:00+08:00");
const city = createSandboxCity({ seed: "lot-detail", now: () => NOW });

let opened: OpenDb;
const detail = async (slug: string, locale: "en" | "zh-CN") =>
  getLotDetail(opened.db, await cityFeed(opened.db, city, "parking"), slug, locale, NOW);
let withHistory: string;
let withoutHistory: string;

beforeAll(async () => {
  opened = await createTestDb();
  const facilities = await city.parking();
  withHistory = entitySlug(facilities[0]!.id);
  withoutHistory = entitySlug(facilities[1]!.id);
  const history = await city.history("parking", {
    from: new Date(NOW.getTime() - 28 * DAY_MS),
    to: new Date(NOW.getTime() + 1),
    entityIds: [facilities[0]!.id],
  });
  await recordObservations(opened.db, "parking", history);
});
afterAll(() => opened.close());

describe("getLotDetail", () => {
  it("adds predicted free spaces in 15, 30 and 60 minutes once the lot has stored history", async () => {
    const { lot, prediction } = await detail(withHistory, "en");
    expect(prediction?.horizons.map((h) => h.minutes)).toEqual([15, 30, 60]);
    for (const h of prediction!.horizons) {
      expect(h.low).toBeLessThanOrEqual(h.available);
      expect(h.available).toBeLessThanOrEqual(h.high);
      expect(h.high).toBeLessThanOrEqual(lot.total);
    }
    expect(lot.example.feeFen).toBeGreaterThanOrEqual(0);
    expect(lot.tariffSummary.length).toBeGreaterThan(0);
  });

  it("draws today's curve from midnight in Hangzhou up to now, every 15 minutes", async () => {
    const { today } = await detail(withHistory, "en");
    expect(today[0]!.at).toBe("2026-11-23T16:00:00.000Z"); // 00:00 on the 24th in Hangzhou
    expect(today.at(-1)!.at).toBe(NOW.toISOString());
    expect(today).toHaveLength(9 * 4 + 1);
  });

  it("says there is no prediction yet (null) rather than inventing one without history", async () => {
    const { lot, prediction, today } = await detail(withoutHistory, "zh-CN");
    expect(prediction).toBeNull();
    // No stored history: the curve is only the reading shown as "free now".
    expect(today).toEqual([{ at: lot.observedAt, available: lot.available, total: lot.total }]);
    expect(lot.available).toBeLessThanOrEqual(lot.total);
  });
});
