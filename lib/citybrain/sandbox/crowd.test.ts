import { describe, expect, it } from "vitest";
import type { CrowdFlowObserved } from "@/lib/citybrain/types";
import { fromShanghai } from "@/lib/time";
import { createSandboxCity } from "./index";

const DAY = 86_400_000;
const city = createSandboxCity({ seed: "hangzhou", now: () => new Date("2026-06-01T00:00:00Z") });

/** Readings of one sight for `days` local days from `date` (a reading at hh:00 counts the hour before). */
async function readings(slug: string, date: string, days = 1): Promise<CrowdFlowObserved[]> {
  const from = fromShanghai(date, "01:00");
  return city.history("crowd", {
    from,
    to: new Date(from.getTime() + days * DAY),
    entityIds: [`urn:ngsi-ld:PointOfInterest:hangzhou:${slug}`],
  });
}
const total = (items: CrowdFlowObserved[]) => items.reduce((sum, c) => sum + c.peopleCount, 0);
const within = (value: number, target: number, share: number) => Math.abs(value / target - 1) <= share;

describe("sandbox crowds, calibrated on the sourced facts of tourism/README.md", () => {
  it.each([
    ["leifeng-pagoda", 225_700],
    ["west-lake", 3_630_000],
    ["city-balcony", 252_800],
    ["liangzhu-ruins", 35_800],
    ["liangzhu-museum", 76_700],
  ])(
    "%s: National Day golden week 2026 (7 days) within 5%% of Golden Week 2019's %d visitors",
    async (slug, sourced) => {
      const week = await readings(slug, "2026-10-01", 7);
      expect(week.every((c) => c.dayType === "goldenWeek")).toBe(true);
      expect(within(total(week), sourced, 0.05)).toBe(true);
    },
  );

  it("Broken Bridge: the golden-week peak hour within 15% of the ~8,000 people/h counted on 1 Oct 2014", async () => {
    const day = await readings("broken-bridge", "2026-10-01");
    const peak = day.reduce((best, c) => (c.peopleCount > best.peopleCount ? c : best));
    expect(within(peak.peopleCount, 8_000, 0.15)).toBe(true);
    // Counted over 13:00–14:00 (the count was made "at about 13:00"), or an hour either side.
    expect(
      ["12:00", "13:00", "14:00", "15:00"].map((t) => fromShanghai("2026-10-01", t).toISOString()),
    ).toContain(peak.observedAt);
    expect(peak.occupancy).toBeGreaterThan(0.9); // against the deck's set maximum of 1,400 people
  });

  it("Xixi never admits more than its 24,000-a-day cap", async () => {
    for (let d = 1; d <= 7; d++) {
      expect(total(await readings("xixi-wetland", `2026-10-0${d}`))).toBeLessThanOrEqual(24_000);
    }
  });

  it("West Lake over the first five days of the 2026 Spring Festival within 15% of 2018's 2.37 M", async () => {
    expect(within(total(await readings("west-lake", "2026-02-15", 5)), 2_370_000, 0.15)).toBe(true);
  });

  it("ranks day types: weekday < weekend < public holiday < golden week", async () => {
    const days = ["2026-05-13", "2026-05-16", "2026-06-19", "2026-10-02"]; // Wed, Sat, Dragon Boat, National Day
    const totals = await Promise.all(days.map(async (d) => total(await readings("lingyin-temple", d))));
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect((await readings("lingyin-temple", "2026-06-19"))[0]?.dayType).toBe("holiday");
  });

  it("counts nobody while a sight is closed", async () => {
    const monday = await readings("hangzhou-museum", "2026-05-11"); // closed on Mondays
    expect(total(monday)).toBe(0);
    expect(monday.every((c) => c.occupancy === 0 && c.queueMinutes === 0)).toBe(true);
    const night = (await readings("lingyin-temple", "2026-05-13")).filter(
      (c) => c.observedAt <= fromShanghai("2026-05-13", "06:00").toISOString(),
    );
    expect(total(night)).toBe(0);
    // Museums open on a public holiday even when it falls on their closing day (National Day Monday).
    expect(total(await readings("hangzhou-museum", "2026-10-05"))).toBeGreaterThan(0);
  });

  it("queues at ticket gates in a golden week, not on a quiet weekday", async () => {
    const goldenWeek = Math.max(
      ...(await readings("leifeng-pagoda", "2026-10-02")).map((c) => c.queueMinutes),
    );
    const weekday = Math.max(...(await readings("leifeng-pagoda", "2026-05-13")).map((c) => c.queueMinutes));
    expect(goldenWeek).toBeGreaterThan(15);
    expect(weekday).toBe(0);
  });

  it("peaks in the evening at Hefang Street and before noon at Lingyin", async () => {
    const peakHour = (items: CrowdFlowObserved[]) =>
      new Date(items.reduce((b, c) => (c.peopleCount > b.peopleCount ? c : b)).observedAt).getUTCHours() + 8;
    expect(peakHour(await readings("hefang-street", "2026-05-16"))).toBeGreaterThanOrEqual(19);
    expect(peakHour(await readings("lingyin-temple", "2026-05-16"))).toBeLessThanOrEqual(12);
  });
});
