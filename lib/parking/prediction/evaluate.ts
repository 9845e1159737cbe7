import { lastValueForecast, lastWeekDeltaForecast } from "./baselines";
import type { BirminghamLot } from "./birmingham-csv";
import { sameWeekPart } from "./day-kind";
import { type ErrorSummary, errorSummary } from "./metrics";
import { fitShareModel, forecastShare, inputsAt, trainingExamples } from "./model";
import { forecastPairs } from "./pairs";
import { type LookupOptions, pastView } from "./past-view";
import { MINUTE_MS } from "./series";

/** Birmingham readings are about 30 min apart; a longer gap is the night or a missing stretch. */
export const BIRMINGHAM_LOOKUP: LookupOptions = { maxGapMs: 45 * MINUTE_MS, snapMs: 5 * MINUTE_MS };
/** A target reading must lie within ±10 min of origin + horizon (gaps are mostly 26–34 min). */
export const PAIR_TOLERANCE_MS = 10 * MINUTE_MS;
const MIN_TRAINING_EXAMPLES = 50;

export const PREDICTORS = ["model", "lastValue", "lastWeekDelta"] as const;
export type Predictor = (typeof PREDICTORS)[number];

/** One scored forecast: the same pair for all three predictors. */
export interface ScoredPair {
  lot: string;
  horizon: number;
  originTime: number;
  targetTime: number;
  actual: number;
  predictions: Record<Predictor, number>;
}

export interface Evaluation {
  horizons: Record<string, Record<Predictor, ErrorSummary>>;
}

/** Scored pairs of one lot and horizon: trains on pairs ending before `testFrom`, scores from it on. */
function scoreLot(lot: BirminghamLot, horizon: number, testFrom: number): ScoredPair[] {
  const { series } = lot;
  const horizonMs = horizon * MINUTE_MS;
  const training = forecastPairs(series, horizonMs, PAIR_TOLERANCE_MS, (_, target) => target < testFrom);
  const model = fitShareModel(
    trainingExamples(series, training, BIRMINGHAM_LOOKUP, sameWeekPart),
    MIN_TRAINING_EXAMPLES,
  );
  if (!model) return [];
  const scored: ScoredPair[] = [];
  for (const { origin, target } of forecastPairs(
    series,
    horizonMs,
    PAIR_TOLERANCE_MS,
    (o) => o >= testFrom,
  )) {
    const originTime = series.times[origin] as number;
    const targetTime = series.times[target] as number;
    const view = pastView(series, originTime, BIRMINGHAM_LOOKUP);
    const lastValue = lastValueForecast(view);
    const lastWeekDelta = lastWeekDeltaForecast(view, targetTime);
    const inputs = inputsAt(series, originTime, targetTime, BIRMINGHAM_LOOKUP, sameWeekPart);
    if (lastValue === null || lastWeekDelta === null || !inputs) continue;
    scored.push({
      lot: lot.code,
      horizon,
      originTime,
      targetTime,
      actual: series.values[target] as number,
      predictions: { model: forecastShare(model, inputs), lastValue, lastWeekDelta },
    });
  }
  return scored;
}

/** Scores the model and both baselines on every lot at each horizon (errors in shares of capacity). */
export function evaluateLots(
  lots: readonly BirminghamLot[],
  testFrom: number,
  horizons: readonly number[] = [30, 60],
): { evaluation: Evaluation; pairs: ScoredPair[] } {
  const evaluation: Evaluation = { horizons: {} };
  const pairs: ScoredPair[] = [];
  for (const horizon of horizons) {
    const scored = lots.flatMap((lot) => scoreLot(lot, horizon, testFrom));
    const actual = scored.map((p) => p.actual);
    evaluation.horizons[String(horizon)] = Object.fromEntries(
      PREDICTORS.map((name) => [
        name,
        errorSummary(
          scored.map((p) => p.predictions[name]),
          actual,
        ),
      ]),
    ) as Record<Predictor, ErrorSummary>;
    pairs.push(...scored);
  }
  return { evaluation, pairs };
}
