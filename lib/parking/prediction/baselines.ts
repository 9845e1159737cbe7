import { type PastView, valueAt } from "./past-view";
import { WEEK_MS } from "./series";

/** The latest known share at the origin: the reading at or just before it. */
export function latestShare(view: PastView): number | null {
  return view.last < 0 ? null : (view.series.values[view.last] as number);
}

/** The instant of that latest reading (the real forecast origin). */
export function latestTime(view: PastView): number | null {
  return view.last < 0 ? null : (view.series.times[view.last] as number);
}

/** Persistence: the share at the target instant is the latest share. */
export function lastValueForecast(view: PastView): number | null {
  return latestShare(view);
}

/**
 * Last week's change: latest share y(t0) plus how the share moved one week earlier over the same
 * interval, y(T − 7 d) − y(t0 − 7 d), where t0 is the latest reading's instant and T the target instant
 * (week-old values interpolated between readings). Null when last week is unknown at either end.
 */
export function lastWeekDeltaForecast(view: PastView, target: number): number | null {
  const now = latestShare(view);
  const t0 = latestTime(view);
  if (now === null || t0 === null) return null;
  const weekAgoTarget = valueAt(view, target - WEEK_MS);
  const weekAgoNow = valueAt(view, t0 - WEEK_MS);
  if (weekAgoTarget === null || weekAgoNow === null) return null;
  return Math.min(1, Math.max(0, now + weekAgoTarget - weekAgoNow));
}
