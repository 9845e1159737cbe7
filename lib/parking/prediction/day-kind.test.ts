import { describe, expect, it } from "vitest";
import { hangzhouSameKind, sameWeekPart, shanghaiLocalMs } from "./day-kind";

describe("day kinds", () => {
  it("Birmingham: weekends against working days", () => {
    const saturday = Date.UTC(2016, 11, 10, 9);
    expect(sameWeekPart(saturday, saturday + 86_400_000)).toBe(true);
    expect(sameWeekPart(saturday, saturday + 2 * 86_400_000)).toBe(false);
  });

  it("Hangzhou: a golden-week Wednesday is a day off like a Sunday; a 调休 Sunday works", () => {
    const sameKind = hangzhouSameKind();
    const local = (iso: string) => shanghaiLocalMs(new Date(iso));
    // 2025-10-01 (Wednesday) is National Day; 2025-09-28 (Sunday) is a make-up working day.
    expect(sameKind(local("2025-10-01T10:00:00+08:00"), local("2025-10-05T10:00:00+08:00"))).toBe(true);
    expect(sameKind(local("2025-09-28T10:00:00+08:00"), local("2025-09-29T10:00:00+08:00"))).toBe(true);
    expect(sameKind(local("2025-10-01T10:00:00+08:00"), local("2025-09-24T10:00:00+08:00"))).toBe(false);
  });

  it("reads Shanghai wall-clock time as UTC+8", () => {
    expect(shanghaiLocalMs(new Date("2025-01-01T16:00:00Z"))).toBe(Date.UTC(2025, 0, 2, 0));
  });
});
