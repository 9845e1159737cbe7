import { describe, expect, it } from "vitest";
import { canDispute, canPay, dueBy, stayDuration } from "./bill-format";

describe("dueBy", () => {
  it.each([
    // exit (UTC), now (UTC), expected
    ["2026-12-04T02:00:00Z", "2026-12-04T10:00:00Z", { today: true, date: "2026-12-04" }],
    // 23:30 UTC is 07:30 the next day in Shanghai: due the Shanghai day of exit.
    ["2026-12-03T23:30:00Z", "2026-12-04T01:00:00Z", { today: true, date: "2026-12-04" }],
    ["2026-12-03T10:00:00Z", "2026-12-04T10:00:00Z", { today: false, date: "2026-12-03" }],
  ])("exit %s at %s", (exit, now, expected) => {
    expect(dueBy(exit, new Date(now))).toEqual(expected);
  });
});

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
  it.each([
    ["due", true],
    ["overdue", true],
    ["paid", false],
    ["disputed", false],
  ] as const)("pay %s → %s", (status, expected) => {
    expect(canPay({ status })).toBe(expected);
  });
});
