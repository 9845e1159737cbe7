import { describe, expect, it } from "vitest";
import type { ScheduleRule } from "./data-schema";
import { isOpenAt, openMinutes, openPeriods } from "./opening-schedule";

const leifeng: ScheduleRule[] = [
  { from: "03-15", to: "11-15", periods: [[480, 1230]] },
  { periods: [[480, 1050]] },
];
const museum: ScheduleRule[] = [
  { weekdays: [1], notOnHolidays: true, periods: [] },
  { periods: [[540, 990]] },
];
const day = (month: number, dayOfMonth: number, weekday: number) => ({ month, dayOfMonth, weekday });

describe("opening schedules", () => {
  it("uses the season's hours (Leifeng: to 20:30 from 15 Mar to 15 Nov, else 17:30)", () => {
    expect(openPeriods(leifeng, day(3, 15, 0), "weekend")).toEqual([[480, 1230]]);
    expect(openPeriods(leifeng, day(11, 16, 1), "weekday")).toEqual([[480, 1050]]);
    expect(openPeriods(leifeng, day(1, 10, 6), "weekend")).toEqual([[480, 1050]]);
  });

  it("handles seasons that run over New Year", () => {
    const winter: ScheduleRule[] = [{ from: "11-16", to: "03-14", periods: [] }, { periods: [[0, 1440]] }];
    expect(openPeriods(winter, day(1, 5, 1), "weekday")).toEqual([]);
    expect(openPeriods(winter, day(7, 5, 1), "weekday")).toEqual([[0, 1440]]);
  });

  it("closes museums on Mondays, except on public holidays", () => {
    expect(openPeriods(museum, day(5, 11, 1), "weekday")).toEqual([]);
    expect(openPeriods(museum, day(10, 5, 1), "goldenWeek")).toEqual([[540, 990]]);
    expect(openPeriods(museum, day(5, 12, 2), "weekday")).toEqual([[540, 990]]);
  });

  it("measures open minutes within an hour and open instants", () => {
    expect(openMinutes([[540, 990]], 960, 1020)).toBe(30);
    expect(
      openMinutes(
        [
          [660, 840],
          [1020, 1260],
        ],
        0,
        1440,
      ),
    ).toBe(420);
    expect(isOpenAt([[0, 1440]], 1440)).toBe(true);
    expect(isOpenAt([[540, 990]], 990)).toBe(false);
  });
});
