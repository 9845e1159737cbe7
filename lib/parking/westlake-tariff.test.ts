import { describe, expect, it } from "vitest";
import { dayTypeOf } from "@/lib/calendar/day-type";
import { fromShanghai } from "@/lib/time";
import { quoteStay } from "./tariff";
import { stayBetween, stayOf } from "./test-stays";
import { westLakeDayClass, westLakeTariff, westLakeUnits } from "./westlake-tariff";

const westLake = westLakeTariff();

describe("West Lake: the hourly rate by day type", () => {
  it.each([
    ["2026-03-11", "an ordinary Wednesday", "ordinary"],
    ["2026-01-10", "a Saturday outside the peak seasons", "ordinary"],
    ["2026-04-11", "a Saturday in the spring peak (15 Mar–31 May)", "holidayOrPeakWeekend"],
    ["2026-11-28", "a Saturday in the autumn peak (15 Sep–30 Nov)", "holidayOrPeakWeekend"],
    ["2026-12-05", "a Saturday after the autumn peak", "ordinary"],
    ["2026-04-06", "Qingming, a short holiday", "holidayOrPeakWeekend"],
    ["2026-09-20", "a 调休 Sunday worked, in the peak season", "ordinary"],
    ["2026-10-02", "National Day golden week", "goldenWeek"],
    ["2026-02-17", "Spring Festival golden week", "goldenWeek"],
  ])("%s, %s → %s", (date, _why, dayClass) => {
    expect(westLakeDayClass(westLake, date, dayTypeOf(fromShanghai(date, "08:00")))).toBe(dayClass);
  });
});

describe("West Lake: first hour whole, then half-hours at half the rate", () => {
  it.each([
    [16, 1],
    [60, 1],
    [61, 2],
    [90, 2],
    [91, 3],
    [180, 5],
  ])("%i daytime min → %i units", (minutes, units) => {
    expect(westLakeUnits(minutes)).toBe(units);
  });
});

describe("West Lake: stays", () => {
  it.each([
    ["3 h on an ordinary weekday: 10 + 4 × 5", stayOf("2026-03-11", "10:00", 180), 3000],
    ["3 h on a peak-season Saturday: 20 + 4 × 10", stayOf("2026-04-11", "10:00", 180), 6000],
    ["3 h in the National Day golden week: 30 + 4 × 15", stayOf("2026-10-02", "10:00", 180), 9000],
    [
      "3 h on Spring Festival 初一: not free here, golden-week rate",
      stayOf("2026-02-17", "10:00", 180),
      9000,
    ],
    ["15 min is free", stayOf("2026-10-02", "10:00", 15), 0],
    ["16 min is charged as the full first hour", stayOf("2026-10-02", "10:00", 16), 3000],
    ["61 min: first hour + one half-hour", stayOf("2026-03-11", "10:00", 61), 1500],
    ["large vehicle, golden week: 10 元/h, 3 h", stayOf("2026-10-02", "10:00", 180, "large"), 3000],
    ["large vehicle, ordinary weekday: 10 元/h, 3 h", stayOf("2026-03-11", "10:00", 180, "large"), 3000],
    [
      "motorcycle, golden week: half the small-car rate",
      stayOf("2026-10-02", "10:00", 180, "motorcycle"),
      4500,
    ],
    ["crossing 20:00: first hour + night 5 元", stayBetween("2026-03-11 19:00", "2026-03-11 21:00"), 1500],
    ["night only: 5 元", stayBetween("2026-03-11 21:00", "2026-03-12 07:00"), 500],
    // 60 min on 30 Sep (ordinary, first hour 10) + night 5 + 120 min on 1 Oct (4 half-hours × 15).
    [
      "into the golden week overnight: each unit at the rate of its day",
      stayBetween("2026-09-30 19:00", "2026-10-01 10:00"),
      7500,
    ],
  ])("%s", (_why, stay, fen) => {
    expect(quoteStay(westLake, stay).feeFen).toBe(fen);
  });

  it("itemises the first hour and the half-hours with the day's class", () => {
    const quote = quoteStay(westLake, stayOf("2026-10-02", "10:00", 180));
    expect(quote.breakdown).toEqual([
      expect.objectContaining({ kind: "firstHour", units: 1, unitFen: 3000, amountFen: 3000 }),
      expect.objectContaining({ kind: "halfHours", units: 4, unitFen: 1500, amountFen: 6000 }),
    ]);
    expect(quote.breakdown[0]?.values).toMatchObject({ dayClass: "goldenWeek", date: "2026-10-02" });
  });
});
