import { describe, expect, it } from "vitest";
import { holidayScheduleUnpublished } from "./calendar-day-values";
import { streetTariff } from "./street-tariff";
import { quoteStay } from "./tariff";
import { feeLineText } from "./tariff-text";
import { stayOf } from "./test-stays";
import { westLakeTariff } from "./westlake-tariff";

const daytime = (lines: ReturnType<typeof quoteStay>["breakdown"]) =>
  lines.filter((line) => line.kind !== "night" && line.kind !== "freeStay");

describe("each daytime fee line records the calendar day type that priced it", () => {
  it.each([
    [
      "2026-12-06",
      "a Sunday outside the peak seasons",
      "weekend",
      "ordinary",
      "周末，普通价格",
      "weekend, ordinary rate",
    ],
    [
      "2026-11-29",
      "a Sunday in the autumn peak",
      "weekend",
      "holidayOrPeakWeekend",
      "周末，节假日和旺季周末价格",
      "weekend, holiday and peak-weekend rate",
    ],
    ["2026-12-07", "a Monday", "weekday", "ordinary", "平日，普通价格", "weekday, ordinary rate"],
    [
      "2026-06-19",
      "Dragon Boat Festival",
      "holiday",
      "holidayOrPeakWeekend",
      "节假日，节假日和旺季周末价格",
      "public holiday",
    ],
    [
      "2026-10-03",
      "National Day golden week",
      "goldenWeek",
      "goldenWeek",
      "黄金周，黄金周价格",
      "golden week, golden-week rate",
    ],
    ["2026-09-20", "a 调休 Sunday worked", "weekday", "ordinary", "平日，普通价格", "weekday, ordinary rate"],
  ] as const)("West Lake on %s (%s): %s", (date, _why, dayType, dayClass, zh, en) => {
    const { breakdown } = quoteStay(westLakeTariff(), stayOf(date, "10:00", 120));
    expect(daytime(breakdown).length).toBeGreaterThan(0);
    for (const line of daytime(breakdown)) {
      expect(line.values).toMatchObject({ dayType, dayClass });
      expect(line.values.holidaySchedule).toBeUndefined();
      expect(feeLineText(line, "zh-CN")).toContain(zh);
      expect(feeLineText(line, "en")).toContain(en);
    }
    expect(holidayScheduleUnpublished(breakdown)).toBe(false);
  });

  it("a Sunday on a road berth says 周末 too (the street price does not depend on it)", () => {
    const { breakdown } = quoteStay(streetTariff("core"), stayOf("2026-12-06", "10:00", 120));
    expect(daytime(breakdown).map((line) => line.values.dayType)).toEqual(["weekend", "weekend"]);
    expect(feeLineText(breakdown[0]!, "zh-CN")).toContain("白天 12月6日（周末）");
  });

  it("past the imported notices: priced by weekday/weekend and marked as such", () => {
    // 2027-10-01 is a Friday: a golden-week day if the notice says so, but no 2027 notice is imported.
    const friday = quoteStay(westLakeTariff(), stayOf("2027-10-01", "10:00", 120));
    expect(daytime(friday.breakdown)[0]?.values).toMatchObject({
      dayType: "weekday",
      dayClass: "ordinary",
      holidaySchedule: "unpublished",
    });
    expect(holidayScheduleUnpublished(friday.breakdown)).toBe(true);
    const sunday = quoteStay(westLakeTariff(), stayOf("2027-01-03", "10:00", 60));
    expect(daytime(sunday.breakdown)[0]?.values).toMatchObject({
      dayType: "weekend",
      holidaySchedule: "unpublished",
    });
  });
});
