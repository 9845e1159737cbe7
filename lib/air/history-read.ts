import "server-only";
import { and, asc, gt, lte, max } from "drizzle-orm";
import { airObservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import {
  FORECAST_POLLUTANTS,
  HOUR_MS,
  type StationHistory,
  WEATHER_FIELDS,
} from "./forecast/station-history";

const COLUMNS = [...FORECAST_POLLUTANTS, ...WEATHER_FIELDS] as const;

/** The hour of the newest stored reading at or before `now`; `null` before any was stored. */
export async function latestAirHour(db: Db, now: Date): Promise<number | null> {
  const [row] = await db
    .select({ at: max(airObservations.observedAt) })
    .from(airObservations)
    .where(lte(airObservations.observedAt, now));
  const at = row?.at ? new Date(row.at).getTime() : null;
  return at === null ? null : Math.floor(at / HOUR_MS) * HOUR_MS;
}

/**
 * Every station's stored hourly history from `fromMs` (exclusive) to `toMs` (inclusive), hour-aligned, keyed
 * by station id (the feed's URN). Hours without a reading are NaN.
 */
export async function readAirHistories(
  db: Db,
  fromMs: number,
  toMs: number,
): Promise<Map<string, StationHistory>> {
  const startMs = Math.floor(fromMs / HOUR_MS) * HOUR_MS + HOUR_MS;
  const hours = Math.max(0, Math.floor(toMs / HOUR_MS) - Math.floor(fromMs / HOUR_MS));
  const rows = await db
    .select()
    .from(airObservations)
    .where(
      and(gt(airObservations.observedAt, new Date(fromMs)), lte(airObservations.observedAt, new Date(toMs))),
    )
    .orderBy(asc(airObservations.observedAt));
  const histories = new Map<string, StationHistory>();
  for (const row of rows) {
    let history = histories.get(row.stationId);
    if (!history) {
      const empty = () => new Float64Array(hours).fill(Number.NaN);
      history = {
        startMs,
        hours,
        pollutants: Object.fromEntries(
          FORECAST_POLLUTANTS.map((p) => [p, empty()]),
        ) as StationHistory["pollutants"],
        weather: Object.fromEntries(WEATHER_FIELDS.map((w) => [w, empty()])),
      };
      histories.set(row.stationId, history);
    }
    const index = Math.floor((new Date(row.observedAt).getTime() - startMs) / HOUR_MS);
    if (index < 0 || index >= hours) continue;
    for (const column of COLUMNS) {
      const value = row[column];
      if (value === null || !Number.isFinite(value)) continue;
      const target = column in history.pollutants ? history.pollutants : history.weather;
      (target as Record<string, Float64Array>)[column]![index] = value;
    }
  }
  return histories;
}
