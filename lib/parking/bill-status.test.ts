import { describe, expect, it } from "vitest";
import { endOfShanghaiDay, sessionStatus } from "./bill-status";

describe("bill status", () => {
  it.each([
    ["2026-11-23T00:00:00+08:00", "2026-11-24T00:00:00+08:00"],
    ["2026-11-23T23:59:59+08:00", "2026-11-24T00:00:00+08:00"],
    ["2026-11-23T16:30:00Z", "2026-11-25T00:00:00+08:00"],
    ["2026-12-31T20:00:00+08:00", "2027-01-01T00:00:00+08:00"],
  ])("a bill that fails at %s is due by %s", (failedAt, due) => {
    expect(endOfShanghaiDay(new Date(failedAt)).toISOString()).toBe(new Date(due).toISOString());
  });

  const due = new Date("2026-11-24T00:00:00+08:00");
  it.each([
    [{ status: "unpaid", dueAt: due }, "2026-11-23T23:59:59+08:00", "due"],
    [{ status: "unpaid", dueAt: due }, "2026-11-24T00:00:00+08:00", "overdue"],
    [{ status: "unpaid", dueAt: null }, "2026-12-30T00:00:00+08:00", "due"],
    [{ status: "disputed", dueAt: due }, "2026-12-30T00:00:00+08:00", "disputed"],
    [{ status: "paid", dueAt: due }, "2026-12-30T00:00:00+08:00", "paid"],
    [{ status: "open", dueAt: null }, "2026-11-25T23:59:00+08:00", "open"],
    [{ status: "open", dueAt: null }, "2026-11-26T00:00:01+08:00", "flagged"],
    [{ status: "flagged", dueAt: null }, "2026-11-23T08:00:00+08:00", "flagged"],
  ] as const)("%o at %s is %s", (stay, now, status) => {
    const entryAt = new Date("2026-11-23T00:00:00+08:00");
    expect(sessionStatus({ ...stay, entryAt }, new Date(now))).toBe(status);
  });
});
