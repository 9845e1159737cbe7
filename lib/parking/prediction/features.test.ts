import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameWeekPart } from "./day-kind";
import { FEATURE_NAMES, featureVector, forecastFeatures } from "./features";
import { pastView } from "./past-view";
import { buildSeries, DAY_MS, MINUTE_MS, WEEK_MS } from "./series";

const lookup = { maxGapMs: 20 * MINUTE_MS, snapMs: 0 };
const STEP = 15 * MINUTE_MS;
/** Five weeks every 15 min, Monday 1 Jan 2018 on; the share rises by 0.01 per step within each day. */
function weeklySeries(extra: (t: number) => number = () => 0) {
  const readings = [];
  for (let t = Date.UTC(2018, 0, 1); t < Date.UTC(2018, 0, 1) + 5 * WEEK_MS; t += STEP) {
    readings.push({ time: t, share: 0.01 * ((t % DAY_MS) / STEP) * 0.5 + extra(t) });
  }
  return buildSeries(readings);
}

describe("forecastFeatures", () => {
  const series = weeklySeries();
  const origin = Date.UTC(2018, 0, 31, 10); // a Wednesday, four full weeks in
  const target = origin + 30 * MINUTE_MS;

  it("measures earlier weeks' and days' change over the same interval", () => {
    const f = forecastFeatures(pastView(series, origin, lookup), target, sameWeekPart);
    expect(f).not.toBeNull();
    expect(f?.now).toBeCloseTo(0.2, 12);
    expect(f?.lastWeek).toBeCloseTo(0.01, 12);
    expect(f?.weeksMean).toBeCloseTo(0.01, 12);
    expect(f?.weeksUsed).toBe(4);
    expect(f?.sameKindDay).toBeCloseTo(0.01, 12);
    expect(f?.sameKindDaysMean).toBeCloseTo(0.01, 12);
    expect(f?.anomaly).toBeCloseTo(0, 12);
    expect(f?.recent).toBeCloseTo(0.01, 12);
    expect(f?.recentWeekAgo).toBeCloseTo(0.01, 12);
    expect(featureVector(f!)).toHaveLength(FEATURE_NAMES.length);
  });

  it("is null for a target not after the latest reading, or without any earlier week", () => {
    expect(forecastFeatures(pastView(series, origin, lookup), origin, sameWeekPart)).toBeNull();
    const firstWeek = forecastFeatures(
      pastView(series, Date.UTC(2018, 0, 3, 10), lookup),
      target,
      sameWeekPart,
    );
    expect(firstWeek?.weeksMean).toBeNull();
    expect(featureVector(firstWeek!)).toBeNull();
  });

  it("skips days of the other kind: a Monday compares with the Friday before", () => {
    const monday = Date.UTC(2018, 0, 29, 10);
    const bumped = weeklySeries((t) =>
      t >= Date.UTC(2018, 0, 28) && t < Date.UTC(2018, 0, 29) ? 0.1 * ((t % DAY_MS) / DAY_MS) : 0,
    );
    const f = forecastFeatures(pastView(bumped, monday, lookup), monday + 30 * MINUTE_MS, sameWeekPart);
    expect(f?.sameKindDay).toBeCloseTo(0.01, 12); // Sunday's bump is ignored
  });

  it("never depends on readings after the origin (no leakage)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 95 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (slot, steps, salt) => {
          const at = Date.UTC(2018, 0, 30) + slot * STEP;
          const noisy = weeklySeries((t) => (t > at ? ((t * salt) % 997) / 997 : 0));
          const clean = forecastFeatures(pastView(series, at, lookup), at + steps * STEP, sameWeekPart);
          const leaked = forecastFeatures(pastView(noisy, at, lookup), at + steps * STEP, sameWeekPart);
          expect(leaked).toEqual(clean);
        },
      ),
      { numRuns: 50 },
    );
  });
});
