import { describe, expect, it } from "vitest";
import { fromShanghai, shanghaiDate, shanghaiParts, shanghaiTime } from "./time";

describe("Asia/Shanghai time", () => {
  it("shows 23:30 UTC as the next morning in Hangzhou", () => {
    const instant = new Date("2026-11-23T23:30:00Z");
    expect(shanghaiDate(instant)).toBe("2026-11-24");
    expect(shanghaiParts(instant)).toMatchObject({ hour: 7, minute: 30 });
    expect(shanghaiTime(instant)).toBe("07:30");
    // Midnight is 00:05, never 24:05.
    expect(shanghaiTime(new Date("2026-11-23T16:05:00Z"))).toBe("00:05");
  });
  it("turns a Hangzhou wall-clock time into the right instant", () => {
    expect(fromShanghai("2026-11-24", "00:00").toISOString()).toBe("2026-11-23T16:00:00.000Z");
    expect(fromShanghai("2026-01-01", "08:15:30").toISOString()).toBe("2026-01-01T00:15:30.000Z");
  });
  it("shows midnight as 00, not 24", () => {
    expect(shanghaiParts(new Date("2026-11-23T16:00:00Z")).hour).toBe(0);
  });
  it("agrees with the time-zone database at every hour from 1991 to 2040, and before 1991's last summer time", () => {
    const intl = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const asText = (instant: Date) => `${shanghaiDate(instant)}, ${shanghaiTime(instant)}`;
    // Every 7 h 13 min lands on every hour of the day and every day of the week over the years.
    for (let t = Date.UTC(1991, 5, 1); t < Date.UTC(2040, 0, 1); t += 433 * 60_000) {
      const instant = new Date(t);
      expect(asText(instant)).toBe(intl.format(instant));
    }
  });
});
