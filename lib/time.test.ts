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
});
