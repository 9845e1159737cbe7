import { describe, expect, it } from "vitest";
import { clockText, DEFAULT_QUIET_HOURS, isQuietAt, minutesOf } from "./quiet-hours";

const at = (shanghai: string) => new Date(`2026-12-08T${shanghai}:00+08:00`);

describe("isQuietAt", () => {
  it.each([
    ["21:59", false],
    ["22:00", true],
    ["23:30", true],
    ["00:00", true],
    ["06:59", true],
    ["07:00", false],
    ["12:00", false],
  ])("22:00–07:00 at %s (Shanghai) is quiet: %s", (time, quiet) => {
    expect(isQuietAt(at(time), DEFAULT_QUIET_HOURS)).toBe(quiet);
  });

  it.each([
    ["12:59", false],
    ["13:00", true],
    ["14:29", true],
    ["14:30", false],
  ])("13:00–14:30 (a nap, same day) at %s is quiet: %s", (time, quiet) => {
    expect(isQuietAt(at(time), { from: 13 * 60, to: 14 * 60 + 30 })).toBe(quiet);
  });

  it("no quiet hours are never quiet", () => {
    expect(isQuietAt(at("23:00"), null)).toBe(false);
  });
});

describe("clock text", () => {
  it("turns minutes into HH:MM and back", () => {
    expect(clockText(22 * 60)).toBe("22:00");
    expect(clockText(7 * 60 + 5)).toBe("07:05");
    expect(minutesOf("07:05")).toBe(425);
  });
});
