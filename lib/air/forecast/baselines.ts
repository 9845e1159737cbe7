import { CLIMATOLOGY_DAYS, indexOf, latest, pollutantSeries, sameHourIndex, sameHourMean } from "./series";
import type { ForecastPollutant, StationHistory } from "./station-history";

/**
 * Climatology: the target hour of day's mean over the 28 days up to the origin (µg/m³, plain mean). The
 * forecast for a pollutant with too little history to fit, and a baseline in the evaluation. NaN: no reading
 * at that hour of day in those days.
 */
export function climatologyAt(values: Float64Array, origin: number, h: number): number {
  return sameHourMean(values, sameHourIndex(origin, h), CLIMATOLOGY_DAYS);
}

/** Persistence: the latest reading (within two hours) at the origin, for every lead time. */
export function persistenceAt(values: Float64Array, origin: number): number {
  return latest(values, origin);
}

/** Whether the pollutant has any reading in the 28 days up to the issue hour (else its method is "none"). */
export function hasRecentReadings(history: StationHistory, p: ForecastPollutant, issuedMs: number): boolean {
  const values = pollutantSeries(history, p);
  const i = Math.min(indexOf(history, issuedMs), history.hours - 1);
  for (let k = i; k >= Math.max(0, i - 24 * CLIMATOLOGY_DAYS + 1); k--) {
    if (!Number.isNaN(values[k] as number)) return true;
  }
  return false;
}
