import { describe, expect, it } from "vitest";
import { beijingTimeToIso, formatBeijingTime } from "./beijing-time";

describe("Beijing time at the Alipay edge", () => {
  it("writes an instant on Beijing's wall clock, across the UTC day boundary", () => {
    expect(formatBeijingTime(new Date("2024-06-01T04:00:05Z"))).toBe("2024-06-01 12:00:05");
    expect(formatBeijingTime(new Date("2024-12-31T16:30:00.999Z"))).toBe("2025-01-01 00:30:00");
  });

  it("reads Alipay's wall-clock times as +08:00 and refuses dates that do not exist", () => {
    expect(beijingTimeToIso("2024-06-01 12:00:06")).toBe("2024-06-01T12:00:06+08:00");
    expect(new Date(beijingTimeToIso("2025-01-01 00:30:00")).toISOString()).toBe("2024-12-31T16:30:00.000Z");
    expect(beijingTimeToIso("2015-04-28 15:45:57.32")).toBe("2015-04-28T15:45:57.320+08:00");
    for (const bad of [
      "2024-02-30 12:00:00",
      "2024-06-01T12:00:00",
      "2024-06-01 24:00:00",
      "2024-6-1 12:00:00",
      "",
    ]) {
      expect(() => beijingTimeToIso(bad), bad).toThrow(/not a Beijing time/);
    }
  });
});
