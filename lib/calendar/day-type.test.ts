import { describe, expect, it } from "vitest";
import { fromShanghai } from "@/lib/time";
import { dayTypeOf } from "./day-type";

const at = (date: string, time = "12:00") => dayTypeOf(fromShanghai(date, time));

describe("dayTypeOf (Asia/Shanghai calendar, State Council notices 2025–2026)", () => {
  it.each([
    ["2026-03-11", "weekday", "an ordinary Wednesday"],
    ["2026-03-14", "weekend", "an ordinary Saturday"],
    ["2026-01-01", "holiday", "New Year's Day 2026"],
    ["2026-04-06", "holiday", "Qingming 2026, a Monday off"],
    ["2026-06-19", "holiday", "Dragon Boat Festival 2026"],
    ["2026-09-20", "weekday", "a 调休 Sunday worked for National Day"],
    ["2026-10-10", "weekday", "a 调休 Saturday worked for National Day"],
    ["2026-02-14", "weekday", "a 调休 Saturday worked for the Spring Festival"],
    ["2026-02-15", "goldenWeek", "first day of the 2026 Spring Festival holiday"],
    ["2026-02-23", "goldenWeek", "last day (初七) of the 2026 Spring Festival holiday"],
    ["2026-10-01", "goldenWeek", "National Day 2026"],
    ["2026-10-07", "goldenWeek", "last day of the 2026 National Day golden week"],
    ["2026-10-08", "weekday", "the Thursday after it"],
    ["2025-10-08", "goldenWeek", "2025's eighth National Day–Mid-Autumn day"],
    ["2025-01-26", "weekday", "a 调休 Sunday worked for the 2025 Spring Festival"],
  ] as const)("%s is %s (%s)", (date, dayType, _why) => {
    expect(at(date)).toMatchObject({ dayType, covered: true });
  });

  it("names the holiday in both languages", () => {
    expect(at("2026-10-03").holidayName).toEqual({ zh: "国庆节", en: "National Day" });
    expect(at("2026-09-26").holidayName).toEqual({ zh: "中秋节", en: "Mid-Autumn Festival" });
    expect(at("2026-09-20").holidayName).toBeUndefined();
  });

  it("judges the date in Hangzhou, not in UTC", () => {
    // 2026-09-30T16:30Z is already 1 October 00:30 in Hangzhou.
    expect(dayTypeOf(new Date("2026-09-30T16:30:00Z")).dayType).toBe("goldenWeek");
    expect(dayTypeOf(new Date("2026-09-30T15:30:00Z")).dayType).toBe("weekday");
  });

  it("falls back to the day of week outside the notices' years, saying so", () => {
    expect(at("2027-10-01")).toEqual({ dayType: "weekday", covered: false });
    expect(at("2027-10-02")).toEqual({ dayType: "weekend", covered: false });
    expect(at("2024-10-01")).toEqual({ dayType: "weekday", covered: false });
  });
});
