import { hourOfDayMeans } from "./climatology";
import { latest, shanghaiHour } from "./series";
import { HOUR_MS, type StationHistory } from "./station-history";

/** Persistence: the latest reading (within two hours) at the origin, for every lead time. */
export function persistenceAt(values: Float64Array, origin: number): number {
  return latest(values, origin);
}

/**
 * Climatology as the evaluation scores it: the app's fallback (`hourOfDayMeans`, the 28 days up to the
 * origin) for the target hours origin + h. NaN where the series has no reading in those days.
 */
export function climatologyAt(
  values: Float64Array,
  history: Pick<StationHistory, "startMs" | "hours">,
  origin: number,
  horizons: readonly number[],
): number[] {
  const originMs = history.startMs + origin * HOUR_MS;
  const means = hourOfDayMeans(values, history, originMs);
  return horizons.map((h) => means?.[shanghaiHour(originMs + h * HOUR_MS)] ?? Number.NaN);
}
