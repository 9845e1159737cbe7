import { describe, expect, it } from "vitest";
import { CalendarNotice } from "./notice-schema";
import { shippedNotices } from "./shipped-notices";

const valid = () => structuredClone(shippedNotices().find((n) => n.year === 2026)!);

function problems(mutate: (notice: ReturnType<typeof valid>) => void): string[] {
  const notice = valid();
  mutate(notice);
  const result = CalendarNotice.safeParse(notice);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("CalendarNotice (validating a year's State Council notice)", () => {
  it("accepts the shipped 2025 and 2026 notices", () => {
    expect(
      shippedNotices().map((n) => [n.year, n.holidays.length, n.goldenWeeks.length, n.workdays.length]),
    ).toEqual([
      [2025, 6, 2, 5],
      [2026, 7, 2, 6],
    ]);
  });

  it.each([
    [
      "a holiday outside the year",
      (n) => {
        n.holidays[0]!.from = "2025-12-31";
      },
      "is not inside 2026",
    ],
    [
      "a range that ends before it starts",
      (n) => {
        n.holidays[1]!.to = "2026-02-01";
      },
      "after its end",
    ],
    [
      "overlapping holidays",
      (n) => {
        n.holidays[0]!.to = "2026-02-16";
      },
      "overlaps",
    ],
    [
      "a 调休 day on a weekday",
      (n) => {
        n.workdays[0]!.date = "2026-01-05";
      },
      "not a Saturday or Sunday",
    ],
    [
      "a 调休 day that is also a day off",
      (n) => {
        n.workdays.push({ date: "2026-10-03", forHoliday: "国庆节" });
      },
      "also a day off",
    ],
    [
      "a golden week outside any holiday",
      (n) => {
        n.goldenWeeks[1]!.to = "2026-10-09";
      },
      "not inside one holiday",
    ],
    [
      "a name missing in English",
      (n) => {
        n.holidays[2]!.nameEn = " ";
      },
      "English name",
    ],
  ] as const satisfies readonly [string, (n: ReturnType<typeof valid>) => void, string][])(
    "refuses %s",
    (_why, mutate, message) => {
      expect(problems(mutate).join("\n")).toContain(message);
    },
  );

  it("refuses unknown fields (a typo is not silently ignored)", () => {
    expect(CalendarNotice.safeParse({ ...valid(), holidayz: [] }).success).toBe(false);
  });
});
