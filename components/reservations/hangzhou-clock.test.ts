import { describe, expect, it } from "vitest";
import { defaultArrival, fromHangzhouLocal, toHangzhouLocal } from "./hangzhou-clock";

describe("Hangzhou clock", () => {
  it("round-trips a datetime-local value at UTC+8", () => {
    const at = new Date("2026-05-01T16:30:00Z");
    expect(toHangzhouLocal(at)).toBe("2026-05-02T00:30");
    expect(fromHangzhouLocal("2026-05-02T00:30")).toBe(at.toISOString());
  });
  it("defaults to the next quarter hour an hour ahead", () => {
    expect(defaultArrival(new Date("2026-05-01T02:05:00Z")).toISOString()).toBe("2026-05-01T03:15:00.000Z");
  });
});
