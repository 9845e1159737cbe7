import { describe, expect, it } from "vitest";
import { walkingMinutes } from "./walking-time";

describe("walkingMinutes", () => {
  it.each([
    [0, 1],
    [10, 1],
    [46, 1], // 46 × 1.3 = 59.8 m: under a minute
    [47, 2], // 61.1 m: a minute and a bit is said as 2
    [500, 11], // 650 m
    [1_000, 22], // 1,300 m
    [3_000, 65],
  ])("%d m in a straight line → about %d min", (metres, minutes) => {
    expect(walkingMinutes(metres)).toBe(minutes);
  });

  it("never gets shorter as the distance grows", () => {
    let previous = 0;
    for (let metres = 0; metres <= 5_000; metres += 7) {
      const minutes = walkingMinutes(metres);
      expect(minutes).toBeGreaterThanOrEqual(previous);
      previous = minutes;
    }
  });
});
