import { describe, expect, it } from "vitest";
import { lastWeekDeltaForecast } from "./baselines";
import { sameWeekPart } from "./day-kind";
import { errorSummary } from "./metrics";
import { fitShareModel, forecastShare, inputsAt, trainingExamples } from "./model";
import { forecastPairs } from "./pairs";
import { pastView } from "./past-view";
import { buildSeries, DAY_MS, MINUTE_MS } from "./series";

const STEP = 15 * MINUTE_MS;
const lookup = { maxGapMs: 20 * MINUTE_MS, snapMs: 0 };
const START = Date.UTC(2018, 0, 1);

/** A daily hump plus a slowly wandering offset (an AR(1) walk), reproducible from a seed. */
function syntheticSeries(days: number, seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31 - 0.5;
  };
  let offset = 0;
  const readings = [];
  for (let t = START; t < START + days * DAY_MS; t += STEP) {
    offset = 0.9 * offset + 0.03 * random();
    const hour = (t % DAY_MS) / 3_600_000;
    readings.push({ time: t, share: 0.2 + 0.6 * Math.exp(-(((hour - 13) / 4) ** 2)) + offset });
  }
  return buildSeries(readings);
}

describe("the share model", () => {
  const series = syntheticSeries(42, 7);
  const testFrom = START + 35 * DAY_MS;
  const horizon = 60 * MINUTE_MS;
  const training = forecastPairs(series, horizon, 0, (_, target) => target < testFrom);
  const model = fitShareModel(trainingExamples(series, training, lookup, sameWeekPart), 50);

  it("learns from the pairs it is given, and refuses too few", () => {
    expect(model).not.toBeNull();
    expect(
      fitShareModel(trainingExamples(series, training.slice(0, 10), lookup, sameWeekPart), 50),
    ).toBeNull();
  });

  it("beats last week's change on held-out days, where the offset carries over", () => {
    const predicted: number[] = [];
    const baseline: number[] = [];
    const actual: number[] = [];
    for (const { origin, target } of forecastPairs(series, horizon, 0, (o) => o >= testFrom)) {
      const t0 = series.times[origin] as number;
      const t1 = series.times[target] as number;
      const inputs = inputsAt(series, t0, t1, lookup, sameWeekPart);
      const delta = lastWeekDeltaForecast(pastView(series, t0, lookup), t1);
      if (!inputs || delta === null || !model) continue;
      predicted.push(forecastShare(model, inputs));
      baseline.push(delta);
      actual.push(series.values[target] as number);
    }
    expect(actual.length).toBeGreaterThan(500);
    expect(errorSummary(predicted, actual).mae).toBeLessThan(0.8 * errorSummary(baseline, actual).mae);
  });

  it("keeps the forecast share within 0…1", () => {
    const inputs = { features: { now: 0.99 } as never, x: [1, 1, 1, 1, 1, 1, 1] };
    expect(forecastShare({ intercept: 0.5, weights: [0, 0, 0, 0, 0, 0, 0] }, inputs)).toBe(1);
    expect(forecastShare({ intercept: -2, weights: [0, 0, 0, 0, 0, 0, 0] }, inputs)).toBe(0);
  });
});
