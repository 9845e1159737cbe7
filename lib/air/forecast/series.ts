import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import { CLIMATOLOGY_DAYS } from "./climatology";
import { FORECAST_POLLUTANTS, type ForecastPollutant, HOUR_MS, type StationHistory } from "./station-history";

/** How old the latest reading may be and still stand for "now" (the feed often misses an hour). */
export const CARRY_HOURS = 2;

/**
 * The scale a model works on: log(1 + y / offset). A small offset makes it a log scale (skewed, multiplicative
 * changes: what levels are about), a large one nearly the concentration itself (what squared errors are about).
 */
export function toLog(y: number, offset: number): number {
  return Math.log1p(Math.max(0, y) / offset);
}

export function fromLog(z: number, offset: number): number {
  return Math.max(0, offset * Math.expm1(z));
}

/** The latest value in [i − within, i], or NaN. */
export function latest(values: Float64Array, i: number, within = CARRY_HOURS): number {
  for (let k = Math.min(i, values.length - 1); k >= Math.max(0, i - within); k--) {
    const v = values[k] as number;
    if (!Number.isNaN(v)) return v;
  }
  return Number.NaN;
}

/** Mean of the values present in [from, to] (clipped to the series), or NaN. */
export function meanOver(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  let count = 0;
  for (let k = Math.max(0, from); k <= Math.min(to, values.length - 1); k++) {
    const v = values[k] as number;
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** Mean of the values at j, j − 24, …, j − 24·(days − 1) that are present: the hour-of-day mean up to j. */
export function sameHourMean(values: Float64Array, j: number, days = CLIMATOLOGY_DAYS): number {
  let sum = 0;
  let count = 0;
  for (let m = 0, k = j; m < days && k >= 0; m++, k -= 24) {
    if (k >= values.length) continue;
    const v = values[k] as number;
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}

/**
 * The latest index at or before origin i with the hour of day of i + h: where the trailing hour-of-day mean
 * for the target hour is read, so it only uses values known at i.
 */
export function sameHourIndex(i: number, h: number): number {
  return i + h - 24 * Math.ceil(h / 24);
}

/** Hour of day on the Asia/Shanghai wall clock. */
export function shanghaiHour(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / HOUR_MS) % 24;
}

/** A pollutant's readings (all missing when the history lacks the pollutant). */
export function pollutantSeries(history: StationHistory, p: ForecastPollutant): Float64Array {
  return history.pollutants[p] ?? new Float64Array(history.hours).fill(Number.NaN);
}

/** A pollutant on a model's scale, computed once per history object (pointwise: it cannot leak). */
const scaledCache = new WeakMap<StationHistory, Map<string, Float64Array>>();

export function scaledSeries(history: StationHistory, p: ForecastPollutant, offset: number): Float64Array {
  let byKey = scaledCache.get(history);
  if (!byKey) {
    byKey = new Map();
    scaledCache.set(history, byKey);
  }
  const key = `${p}/${offset}`;
  let scaled = byKey.get(key);
  if (!scaled) {
    scaled = pollutantSeries(history, p).map((y) => toLog(y, offset));
    byKey.set(key, scaled);
  }
  return scaled;
}

/** The index of an instant in the history (the hour it falls in). */
export function indexOf(history: StationHistory, ms: number): number {
  return Math.floor((ms - history.startMs) / HOUR_MS);
}

/** A history cut to the hours before `endMs` (copies: the caller may keep the original). */
export function historyBefore(history: StationHistory, endMs: number): StationHistory {
  const hours = Math.max(0, Math.min(history.hours, indexOf(history, endMs - 1) + 1));
  const cut = (a: Float64Array) => a.slice(0, hours);
  return {
    startMs: history.startMs,
    hours,
    pollutants: Object.fromEntries(
      FORECAST_POLLUTANTS.map((p) => [p, cut(pollutantSeries(history, p))]),
    ) as Record<ForecastPollutant, Float64Array>,
    weather: Object.fromEntries(
      Object.entries(history.weather).map(([f, a]) => [f, a ? cut(a) : a]),
    ) as StationHistory["weather"],
  };
}
