import { describe, expect, it } from "vitest";
import { newestObservation } from "./last-good";

describe("newestObservation", () => {
  const fallback = new Date("2026-01-01T00:00:00Z");

  it("compares times, not strings: 17:45+08:00 (09:45Z) is earlier than 09:50Z, though it sorts later as text", () => {
    const items = [{ observedAt: "2026-12-07T17:45:00+08:00" }, { observedAt: "2026-12-07T09:50:00Z" }];
    expect(newestObservation(items, fallback)).toBe("2026-12-07T09:50:00.000Z");
  });

  it("ignores unreadable times and falls back when none is readable", () => {
    expect(newestObservation([{ observedAt: "yesterday" }, {}], fallback)).toBe(fallback.toISOString());
  });
});
