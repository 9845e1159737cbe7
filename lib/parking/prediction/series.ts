/**
 * One car park's occupancy over time: `times` are local wall-clock instants in ms (a local time read as if
 * it were UTC, so "the same slot one week earlier" is always `t - WEEK_MS`, whatever the offset or DST),
 * `values` the occupied share of capacity (0…1), oldest first, one reading per instant.
 */
export interface Series {
  readonly times: Float64Array;
  readonly values: Float64Array;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export interface Reading {
  time: number;
  share: number;
}

/** Sorts readings, clips shares to 0…1 and merges readings at the same instant into their mean. */
export function buildSeries(readings: readonly Reading[]): Series {
  const sorted = [...readings].sort((a, b) => a.time - b.time);
  const times: number[] = [];
  const values: number[] = [];
  let count = 0;
  for (const { time, share } of sorted) {
    if (!Number.isFinite(time) || !Number.isFinite(share)) continue;
    const clipped = Math.min(1, Math.max(0, share));
    const last = times.length - 1;
    if (last >= 0 && times[last] === time) {
      count += 1;
      values[last] = (values[last] as number) + (clipped - (values[last] as number)) / count;
    } else {
      times.push(time);
      values.push(clipped);
      count = 1;
    }
  }
  return { times: Float64Array.from(times), values: Float64Array.from(values) };
}

/** Index of the last reading at or before `t`, or -1. */
export function lastIndexAtOrBefore(series: Series, t: number): number {
  let lo = 0;
  let hi = series.times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((series.times[mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the reading nearest to `t` within `toleranceMs`, or -1 (the earlier one on a tie). */
export function nearestIndex(series: Series, t: number, toleranceMs: number): number {
  const before = lastIndexAtOrBefore(series, t);
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const i of [before, before + 1]) {
    if (i < 0 || i >= series.times.length) continue;
    const distance = Math.abs((series.times[i] as number) - t);
    if (distance <= toleranceMs && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
