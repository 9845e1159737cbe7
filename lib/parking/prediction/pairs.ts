import { nearestIndex, type Series } from "./series";

/** A forecast origin (a reading) and the reading it is scored against, `horizon` later. */
export interface ForecastPair {
  origin: number;
  target: number;
}

/**
 * Pairs every reading with the reading nearest to `horizonMs` after it, within `toleranceMs` (the
 * Birmingham readings are about half-hourly at irregular instants). Targets are real readings, never
 * interpolated; predictors forecast for the target's own instant. `keep` filters by the two instants.
 */
export function forecastPairs(
  series: Series,
  horizonMs: number,
  toleranceMs: number,
  keep: (originTime: number, targetTime: number) => boolean = () => true,
): ForecastPair[] {
  const pairs: ForecastPair[] = [];
  const { times } = series;
  for (let origin = 0; origin < times.length; origin++) {
    const originTime = times[origin] as number;
    const target = nearestIndex(series, originTime + horizonMs, toleranceMs);
    if (target <= origin) continue;
    if (keep(originTime, times[target] as number)) pairs.push({ origin, target });
  }
  return pairs;
}
