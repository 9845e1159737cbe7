import { describe, expect, it } from "vitest";
import { holidayScheduleUnpublished as serverRule } from "@/lib/parking/calendar-day-values";
import { canDispute, canPay, holidayScheduleUnpublished, stayDuration } from "./bill-format";

describe("stayDuration", () => {
  it.each([
    ["2026-12-04T01:00:00Z", "2026-12-04T03:05:59Z", { hours: 2, minutes: 5 }],
    ["2026-12-04T01:00:00Z", "2026-12-04T01:00:00Z", { hours: 0, minutes: 0 }],
    ["2026-12-04T01:00:00Z", null, null],
    [null, "2026-12-04T01:00:00Z", null],
  ])("%s → %s", (entry, exit, expected) => {
    expect(stayDuration(entry, exit)).toEqual(expected);
  });
});

describe("canDispute / canPay", () => {
  const now = new Date("2026-12-10T00:00:00Z");
  it.each([
    ["paid", "2026-12-04T00:00:00Z", true],
    ["due", "2026-12-02T23:59:59Z", false],
    ["disputed", "2026-12-09T00:00:00Z", false],
    ["open", null, false],
  ] as const)("%s exited %s → %s", (status, exitAt, expected) => {
    expect(canDispute({ status, exitAt }, now)).toBe(expected);
  });
  it("not again once a dispute was reviewed", () => {
    const dispute = {
      id: "d",
      reason: "other" as const,
      note: "",
      status: "resolved" as const,
      createdAt: "2026-12-05T00:00:00Z",
      outcome: "rejected" as const,
    };
    expect(canDispute({ status: "due", exitAt: "2026-12-09T00:00:00Z", dispute }, now)).toBe(false);
    expect(canDispute({ status: "due", exitAt: "2026-12-09T00:00:00Z", dispute: null }, now)).toBe(true);
  });
  it.each([
    ["due", true],
    ["overdue", true],
    ["paid", false],
    ["disputed", false],
  ] as const)("pay %s → %s", (status, expected) => {
    expect(canPay({ status })).toBe(expected);
  });
});

describe("holidayScheduleUnpublished (mirrors lib/parking/calendar-day-values.ts)", () => {
  const line = (values?: Record<string, string | number>) => ({
    labelKey: "tariff.line.night",
    amountFen: 500,
    values,
  });
  it.each([
    [[line({ dayType: "weekend", holidaySchedule: "unpublished" }), line()], true],
    [[line({ dayType: "weekend" }), line()], false],
    [[], false],
  ])("%j → %s", (lines, expected) => {
    expect(holidayScheduleUnpublished(lines)).toBe(expected);
    expect(serverRule(lines)).toBe(expected);
  });
});
