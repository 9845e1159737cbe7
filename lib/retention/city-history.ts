import "server-only";
import { and, gte, lt, sql } from "drizzle-orm";
import {
  airObservations,
  crowdObservations,
  parkingObservations,
  parkingObservationsHourly,
} from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type BatchOptions, deleteInBatches } from "./delete-in-batches";
import { DAY_MS, HOUR_MS } from "./periods";

/** Full resolution for eight weeks: the parking forecast fits on exactly that (predict-free-spaces.ts). */
export const PARKING_READINGS_DAYS = 56;
/** Hourly history for two years: a year-on-year comparison and the air model's training need no more. */
export const HISTORY_HOURLY_DAYS = 730;

/** Hours of readings folded per transaction: a few thousand rows, never the whole backlog at once. */
const HOURS_PER_BATCH = 6;
const DEFAULT_MAX_BATCHES = 40;

const floorToHour = (ms: number) => new Date(Math.floor(ms / HOUR_MS) * HOUR_MS);

/**
 * Replaces parking readings older than eight weeks by one row per facility and UTC hour (mean, minimum,
 * count), oldest first, a few hours per transaction. Only whole hours past the line are folded, so a
 * reader of the last eight weeks always sees every reading. Safe to rerun: the hourly rows are keyed by
 * (facility, hour) and written with "on conflict do nothing" in the transaction that deletes the readings.
 */
export async function downsampleParkingHistory(
  db: Db,
  now: Date,
  options: { maxBatches?: number } = {},
): Promise<{ hours: number; readings: number }> {
  const cutoff = floorToHour(now.getTime() - PARKING_READINGS_DAYS * DAY_MS);
  const p = parkingObservations;
  let hours = 0;
  let readings = 0;
  for (let batch = 0; batch < (options.maxBatches ?? DEFAULT_MAX_BATCHES); batch += 1) {
    const done = await db.transaction(async (tx) => {
      const [oldest] = await tx
        .select({ at: sql<string | null>`min(${p.observedAt})` })
        .from(p)
        .where(lt(p.observedAt, cutoff));
      if (!oldest?.at) return true;
      const from = floorToHour(new Date(oldest.at).getTime());
      const to = new Date(Math.min(from.getTime() + HOURS_PER_BATCH * HOUR_MS, cutoff.getTime()));
      const inRange = and(gte(p.observedAt, from), lt(p.observedAt, to));
      const written = await tx.execute(sql`
        insert into ${parkingObservationsHourly} (facility_id, hour, available, min_available, total, readings)
        select facility_id, date_trunc('hour', observed_at, 'UTC'), round(avg(available))::int,
          min(available), max(total), count(*)::int
        from ${p} where ${inRange}
        group by facility_id, date_trunc('hour', observed_at, 'UTC')
        on conflict do nothing`);
      const removed = await tx.delete(p).where(inRange).returning({ one: sql<number>`1` });
      hours += affectedRows(written);
      readings += removed.length;
      return false;
    });
    if (done) break;
  }
  return { hours, readings };
}

/** Deletes hourly parking history and air and crowd readings (hourly already) older than two years. */
export async function purgeOldCityHistory(db: Db, now: Date, options?: BatchOptions): Promise<number> {
  const cutoff = new Date(now.getTime() - HISTORY_HOURLY_DAYS * DAY_MS);
  const parking = await deleteInBatches(
    db,
    parkingObservationsHourly,
    lt(parkingObservationsHourly.hour, cutoff),
    options,
  );
  const air = await deleteInBatches(db, airObservations, lt(airObservations.observedAt, cutoff), options);
  const crowd = await deleteInBatches(
    db,
    crowdObservations,
    lt(crowdObservations.observedAt, cutoff),
    options,
  );
  return parking + air + crowd;
}

function affectedRows(result: unknown): number {
  // PGlite reports affectedRows, node-postgres rowCount.
  const r = result as { affectedRows?: number; rowCount?: number | null };
  return r.affectedRows ?? r.rowCount ?? 0;
}
