import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import { FORECAST_HOURS, HOUR_MS, type StationHistory } from "./station-history";

/** Four weeks of the same hour of day: long enough to smooth out one bad day, short enough to follow the season. */
export const CLIMATOLOGY_DAYS = 28;
/** Fewer readings of an hour of day than this and that hour borrows the mean of all hours. */
const MIN_PER_HOUR = 3;

const hourOfDay = (ms: number) => Math.floor((ms + SHANGHAI_OFFSET_MS) / HOUR_MS) % 24;

/**
 * The mean of each Shanghai hour of day over the `days` before `issuedMs` (inclusive), per series: what the air
 * is usually like at that hour lately. `null` where the series has no reading in that window.
 */
export function hourOfDayMeans(
  series: Float64Array,
  history: Pick<StationHistory, "startMs" | "hours">,
  issuedMs: number,
  days = CLIMATOLOGY_DAYS,
): (number | null)[] | null {
  const last = Math.min(history.hours - 1, Math.floor((issuedMs - history.startMs) / HOUR_MS));
  const first = Math.max(0, last - days * 24 + 1);
  const sums = new Float64Array(24);
  const counts = new Uint32Array(24);
  let total = 0;
  let count = 0;
  for (let i = first; i <= last; i++) {
    const value = series[i]!;
    if (Number.isNaN(value)) continue;
    const h = hourOfDay(history.startMs + i * HOUR_MS);
    sums[h]! += value;
    counts[h]! += 1;
    total += value;
    count += 1;
  }
  if (count === 0) return null;
  const overall = total / count;
  return Array.from({ length: 24 }, (_, h) => (counts[h]! >= MIN_PER_HOUR ? sums[h]! / counts[h]! : overall));
}

/** The next 72 hours of one series by its recent hour-of-day means; `null` when it has no recent readings. */
export function climatologyForecast(
  series: Float64Array,
  history: Pick<StationHistory, "startMs" | "hours">,
  issuedMs: number,
  days = CLIMATOLOGY_DAYS,
): number[] | null {
  const means = hourOfDayMeans(series, history, issuedMs, days);
  if (!means) return null;
  return Array.from({ length: FORECAST_HOURS }, (_, k) => means[hourOfDay(issuedMs + (k + 1) * HOUR_MS)]!);
}
