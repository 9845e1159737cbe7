import type { SameKind } from "./features";
import { fitShareModel, forecastShare, inputsAt, type ShareModel, trainingExamples } from "./model";
import { forecastPairs } from "./pairs";
import type { LookupOptions } from "./past-view";
import { type Residual, residualInterval } from "./residual-interval";
import { DAY_MS, MINUTE_MS, type Series } from "./series";

export const FORECAST_MINUTES = [15, 30, 60] as const;
export type ForecastMinutes = (typeof FORECAST_MINUTES)[number];

/** The history job stores a reading every 15 min; one missing reading is still interpolated over. */
export const STORED_LOOKUP: LookupOptions = { maxGapMs: 31 * MINUTE_MS, snapMs: 7.5 * MINUTE_MS };
const PAIR_TOLERANCE_MS = 7.5 * MINUTE_MS;
/** The last week is held out to measure the errors the interval is built from. */
const HOLDOUT_MS = 7 * DAY_MS;
const MIN_TRAINING_EXAMPLES = 3 * 96;
const MIN_RESIDUALS = 96;
export const INTERVAL_COVERAGE = 0.8;

/** A fitted horizon: the model on all history, and its errors on the held-out last week. */
export interface FittedHorizon {
  minutes: ForecastMinutes;
  model: ShareModel;
  residuals: Residual[];
  /** Mean absolute held-out error, in shares of capacity. */
  holdoutMae: number;
}

/** Fits one horizon on a car park's series; null when the history is too short. */
export function fitHorizon(
  series: Series,
  minutes: ForecastMinutes,
  sameKind: SameKind,
): FittedHorizon | null {
  const { times, values } = series;
  if (times.length === 0) return null;
  const horizonMs = minutes * MINUTE_MS;
  const cut = (times[times.length - 1] as number) - HOLDOUT_MS;
  const all = forecastPairs(series, horizonMs, PAIR_TOLERANCE_MS);
  const early = fitShareModel(
    trainingExamples(
      series,
      all.filter((p) => (times[p.target] as number) < cut),
      STORED_LOOKUP,
      sameKind,
    ),
    MIN_TRAINING_EXAMPLES,
  );
  if (!early) return null;
  const residuals: Residual[] = [];
  for (const { origin, target } of all) {
    const t0 = times[origin] as number;
    if (t0 < cut) continue;
    const inputs = inputsAt(series, t0, times[target] as number, STORED_LOOKUP, sameKind);
    if (!inputs) continue;
    residuals.push({ time: t0, error: (values[target] as number) - forecastShare(early, inputs) });
  }
  if (residuals.length < MIN_RESIDUALS) return null;
  const model = fitShareModel(trainingExamples(series, all, STORED_LOOKUP, sameKind), MIN_TRAINING_EXAMPLES);
  if (!model) return null;
  const holdoutMae = residuals.reduce((s, r) => s + Math.abs(r.error), 0) / residuals.length;
  return { minutes, model, residuals, holdoutMae };
}

export interface FreeSpaceHorizon {
  minutes: ForecastMinutes;
  available: number;
  low: number;
  high: number;
}

/**
 * Free spaces `minutes` after `now` (local ms), with an 80 % interval: the forecast share plus the
 * held-out errors' 10 % and 90 % quantiles, turned into spaces (more cars → fewer free spaces).
 * Always 0 ≤ low ≤ available ≤ high ≤ total. Null when no forecast can be made from what is known.
 */
export function forecastFreeSpaces(
  series: Series,
  fitted: FittedHorizon,
  now: number,
  total: number,
  sameKind: SameKind,
): FreeSpaceHorizon | null {
  const target = now + fitted.minutes * MINUTE_MS;
  const inputs = inputsAt(series, now, target, STORED_LOOKUP, sameKind);
  const interval = residualInterval(fitted.residuals, target, INTERVAL_COVERAGE);
  if (!inputs || !interval) return null;
  const share = forecastShare(fitted.model, inputs);
  const spaces = (s: number) => total * (1 - Math.min(1, Math.max(0, s)));
  const available = Math.min(total, Math.max(0, Math.round(spaces(share))));
  const low = Math.min(available, Math.max(0, Math.floor(spaces(share + interval.above))));
  const high = Math.max(available, Math.min(total, Math.ceil(spaces(share + interval.below))));
  return { minutes: fitted.minutes, available, low, high };
}
