import { lastIndexAtOrBefore, type Series } from "./series";

/** How readings are joined into a value at any instant. */
export interface LookupOptions {
  /** Two neighbouring readings further apart than this are not interpolated between (a gap or a night). */
  maxGapMs: number;
  /** Outside an interpolable span, the nearest reading still counts when it is this close. */
  snapMs: number;
}

/**
 * The series as known at a forecast origin: nothing after `origin` can be read, so no feature can leak
 * the future, whatever instant it asks for.
 */
export interface PastView {
  readonly series: Series;
  readonly origin: number;
  /** Index of the last reading at or before the origin. */
  readonly last: number;
  readonly options: LookupOptions;
}

export function pastView(series: Series, origin: number, options: LookupOptions): PastView {
  return { series, origin, last: lastIndexAtOrBefore(series, origin), options };
}

/** The share at instant `t` (linear between readings), or null when unknown or after the origin. */
export function valueAt(view: PastView, t: number): number | null {
  const { series, origin, last, options } = view;
  if (t > origin || last < 0) return null;
  const { times, values } = series;
  const i = Math.min(lastIndexAtOrBefore(series, t), last);
  const j = i + 1 <= last ? i + 1 : -1;
  if (i >= 0 && times[i] === t) return values[i] as number;
  if (i >= 0 && j >= 0) {
    const ta = times[i] as number;
    const tb = times[j] as number;
    if (tb - ta <= options.maxGapMs) {
      const a = values[i] as number;
      return a + ((values[j] as number) - a) * ((t - ta) / (tb - ta));
    }
  }
  const candidates = [i, j].filter((k) => k >= 0);
  let best: number | null = null;
  let bestDistance = options.snapMs;
  for (const k of candidates) {
    const distance = Math.abs((times[k] as number) - t);
    if (distance <= bestDistance) {
      best = values[k] as number;
      bestDistance = distance;
    }
  }
  return best;
}
