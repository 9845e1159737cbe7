import { DAY_MS } from "./series";

/** One held-out forecast error: actual share minus forecast share, at a local instant. */
export interface Residual {
  time: number;
  error: number;
}

export interface ShareInterval {
  /** Lower and upper quantiles of the error (add to a forecast share). */
  below: number;
  above: number;
  /** How many residuals the quantiles came from. */
  from: number;
}

/** Residuals whose local time of day lies this close to the forecast's are preferred… */
const WINDOW_MS = 90 * 60_000;
/** …when there are at least this many of them (a week of 15-min readings gives 13 a day). */
const MIN_IN_WINDOW = 40;

/** The q-quantile of sorted values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const a = sorted[lower] as number;
  const b = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return a + (b - a) * (position - lower);
}

function timeOfDayDistance(a: number, b: number): number {
  const d = Math.abs((((a % DAY_MS) + DAY_MS) % DAY_MS) - (((b % DAY_MS) + DAY_MS) % DAY_MS));
  return Math.min(d, DAY_MS - d);
}

/**
 * An empirical central interval of the forecast error with coverage `coverage` (0.8 → the 10 % and 90 %
 * quantiles). Errors depend on the hour (a car park is calm at night, busy at the morning rush), so it
 * uses residuals from around the same time of day when there are enough; otherwise all of them.
 */
export function residualInterval(
  residuals: readonly Residual[],
  at: number,
  coverage: number,
): ShareInterval | null {
  if (residuals.length === 0) return null;
  const near = residuals.filter((r) => timeOfDayDistance(r.time, at) <= WINDOW_MS);
  const chosen = near.length >= MIN_IN_WINDOW ? near : residuals;
  const sorted = chosen.map((r) => r.error).sort((a, b) => a - b);
  const tail = (1 - coverage) / 2;
  return { below: quantile(sorted, tail), above: quantile(sorted, 1 - tail), from: sorted.length };
}
