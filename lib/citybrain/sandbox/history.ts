import type { FeedItems, ObservationFeed, TimeRange } from "@/lib/citybrain/types";
import { floorTo, HOUR_MS, MINUTE_MS } from "./local-clock";

/** Time between stored readings per feed: parking every 15 min, air and crowds hourly. */
export const HISTORY_STEP_MS: Record<ObservationFeed, number> = {
  parking: 15 * MINUTE_MS,
  air: HOUR_MS,
  crowd: HOUR_MS,
};

export interface FeedModel<T> {
  /** Entity ids in feed order (for crowds, the CrowdFlowObserved ids). */
  readonly ids: readonly string[];
  /** Other ids that also select an entity (a crowd reading's PointOfInterest id). */
  readonly aliases?: readonly string[];
  readingsAt(ms: number, observedAt: string, include?: ReadonlySet<number>): T[];
}

/** Indices of the entities a range asks for; undefined for all. */
function selection(model: FeedModel<unknown>, entityIds: readonly string[] | undefined) {
  if (!entityIds) return undefined;
  const wanted = new Set(entityIds);
  const indices = new Set<number>();
  model.ids.forEach((id, i) => {
    if (wanted.has(id) || (model.aliases?.[i] !== undefined && wanted.has(model.aliases[i] as string))) {
      indices.add(i);
    }
  });
  return indices;
}

/** Readings at every slot in [from, to), oldest first — exactly what a live call returned at each slot. */
export function historyOf<F extends ObservationFeed>(
  feed: F,
  model: FeedModel<FeedItems[F]>,
  range: TimeRange,
): FeedItems[F][] {
  const step = HISTORY_STEP_MS[feed];
  const from = range.from.getTime();
  const to = range.to.getTime();
  if (!(to > from)) return [];
  const include = selection(model, range.entityIds);
  if (include && include.size === 0) return [];
  const out: FeedItems[F][] = [];
  const first = floorTo(from, step) === from ? from : floorTo(from, step) + step;
  for (let t = first; t < to; t += step) {
    const readings = model.readingsAt(t, new Date(t).toISOString(), include);
    for (const reading of readings) out.push(reading);
  }
  return out;
}
