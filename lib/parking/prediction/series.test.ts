import { describe, expect, it } from "vitest";
import { buildSeries, lastIndexAtOrBefore, MINUTE_MS, nearestIndex } from "./series";

const at = (minutes: number) => minutes * MINUTE_MS;

describe("buildSeries", () => {
  it("sorts, clips shares to 0…1 and merges readings at one instant into their mean", () => {
    const series = buildSeries([
      { time: at(30), share: 0.4 },
      { time: at(0), share: 1.2 },
      { time: at(30), share: 0.6 },
      { time: at(60), share: -0.1 },
      { time: Number.NaN, share: 0.5 },
    ]);
    expect([...series.times]).toEqual([at(0), at(30), at(60)]);
    expect([...series.values]).toEqual([1, 0.5, 0]);
  });
});

describe("lookups by time", () => {
  const series = buildSeries([0, 28, 61, 90].map((m) => ({ time: at(m), share: m / 100 })));

  it.each([
    [-1, -1],
    [0, 0],
    [27, 0],
    [28, 1],
    [200, 3],
  ])("the last reading at or before minute %i is #%i", (minute, index) => {
    expect(lastIndexAtOrBefore(series, at(minute))).toBe(index);
  });

  it.each([
    [30, 10, 1],
    [45, 10, -1],
    [58, 10, 2],
    [75, 20, 2],
  ])("the reading nearest minute %i within %i min is #%i", (minute, tolerance, index) => {
    expect(nearestIndex(series, at(minute), at(tolerance))).toBe(index);
  });
});
