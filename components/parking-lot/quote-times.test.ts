import { describe, expect, it } from "vitest";
import { defaultStay, shanghaiWallTimeToIso, toShanghaiWallTime } from "./quote-times";

describe("quote times on the Hangzhou clock", () => {
  it("shows an instant as Hangzhou wall time, whatever the device's zone", () => {
    expect(toShanghaiWallTime(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24T07:30");
  });

  it("sends a wall time back with the +08:00 offset", () => {
    expect(shanghaiWallTimeToIso("2026-11-24T07:30")).toBe("2026-11-24T07:30:00+08:00");
    expect(Date.parse(shanghaiWallTimeToIso("2026-11-24T07:30"))).toBe(Date.parse("2026-11-23T23:30:00Z"));
  });

  it("suggests arriving at the next quarter hour for two hours", () => {
    expect(defaultStay(new Date("2026-11-24T01:07:00Z"))).toEqual({
      entry: "2026-11-24T09:15",
      exit: "2026-11-24T11:15",
    });
  });
});
