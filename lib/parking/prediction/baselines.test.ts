import { describe, expect, it } from "vitest";
import { lastValueForecast, lastWeekDeltaForecast } from "./baselines";
import { pastView } from "./past-view";
import { buildSeries, MINUTE_MS, WEEK_MS } from "./series";

const at = (minutes: number) => minutes * MINUTE_MS;
const lookup = { maxGapMs: at(45), snapMs: at(5) };
const series = buildSeries([
  { time: at(0), share: 0.3 },
  { time: at(30), share: 0.4 },
  { time: at(60), share: 0.6 },
  { time: WEEK_MS + at(0), share: 0.5 },
  { time: WEEK_MS + at(2), share: 0.52 },
]);

describe("baselines", () => {
  it("lastValue persists the latest reading at or before the origin", () => {
    expect(lastValueForecast(pastView(series, WEEK_MS + at(10), lookup))).toBe(0.52);
    expect(lastValueForecast(pastView(series, at(-1), lookup))).toBeNull();
  });

  it("lastWeekDelta adds last week's change from the latest reading's time to the target", () => {
    // latest reading at week+2 min (0.52); last week 2 → 47 min: 0.3 + 2/30·0.1 → 0.4 + 17/30·0.2.
    const view = pastView(series, WEEK_MS + at(5), lookup);
    const expected = 0.52 + (0.4 + (17 / 30) * 0.2) - (0.3 + (2 / 30) * 0.1);
    expect(lastWeekDeltaForecast(view, WEEK_MS + at(47))).toBeCloseTo(expected, 12);
  });

  it("lastWeekDelta is null when last week is unknown at either end, and stays within 0…1", () => {
    expect(lastWeekDeltaForecast(pastView(series, WEEK_MS + at(5), lookup), WEEK_MS + at(200))).toBeNull();
    const steep = buildSeries([
      { time: at(0), share: 0 },
      { time: at(30), share: 0.9 },
      { time: WEEK_MS, share: 0.5 },
    ]);
    expect(lastWeekDeltaForecast(pastView(steep, WEEK_MS, lookup), WEEK_MS + at(30))).toBe(1);
  });
});
