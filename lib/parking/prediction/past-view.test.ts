import { describe, expect, it } from "vitest";
import { pastView, valueAt } from "./past-view";
import { buildSeries, MINUTE_MS } from "./series";

const at = (minutes: number) => minutes * MINUTE_MS;
const series = buildSeries([
  { time: at(0), share: 0.2 },
  { time: at(30), share: 0.4 },
  { time: at(120), share: 0.8 },
  { time: at(150), share: 0.6 },
]);
const lookup = { maxGapMs: at(45), snapMs: at(5) };

describe("valueAt", () => {
  it.each([
    [0, 0.2],
    [15, 0.3],
    [33, 0.4], // snapped to the reading at 30: the gap to 120 is too long to interpolate
    [60, null],
    [117, 0.8],
    [-3, 0.2],
    [-10, null],
  ])("at minute %i is %s", (minute, expected) => {
    const value = valueAt(pastView(series, at(1000), lookup), at(minute));
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 12);
  });

  it("never reads after the origin, not even to interpolate", () => {
    const view = pastView(series, at(130), lookup);
    expect(valueAt(view, at(135))).toBeNull();
    // 125 lies between readings at 120 and 150, but 150 is after the origin: only the snap to 120 is left.
    expect(valueAt(view, at(125))).toBe(0.8);
    expect(valueAt(view, at(127))).toBeNull();
  });

  it("knows nothing before the first reading", () => {
    expect(valueAt(pastView(series, at(-1), lookup), at(-1))).toBeNull();
  });
});
