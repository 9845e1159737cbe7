import "server-only";
import { sql } from "drizzle-orm";
import { airObservations, crowdObservations, parkingObservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { FeedItems, ObservationFeed } from "../types";

const BATCH = 1_000;

export const HISTORY_TABLES = {
  parking: parkingObservations,
  air: airObservations,
  crowd: crowdObservations,
} as const;

type Row<F extends ObservationFeed> = (typeof HISTORY_TABLES)[F]["$inferInsert"];

const TO_ROW: { [F in ObservationFeed]: (item: FeedItems[F]) => Row<F> } = {
  parking: (p) => ({
    facilityId: p.id,
    observedAt: new Date(p.observedAt),
    available: p.availableSpotNumber,
    total: p.totalSpotNumber,
  }),
  air: (a) => ({
    stationId: a.id,
    observedAt: new Date(a.observedAt),
    pm25: a.pm25,
    pm10: a.pm10,
    so2: a.so2,
    no2: a.no2,
    co: a.co,
    o3: a.o3,
    temperature: a.temperature,
    relativeHumidity: a.relativeHumidity,
    windSpeed: a.windSpeed,
    windDirection: a.windDirection,
    precipitation: a.precipitation,
    atmosphericPressure: a.atmosphericPressure,
  }),
  crowd: (c) => ({
    poiId: c.refPointOfInterest,
    observedAt: new Date(c.observedAt),
    peopleCount: c.peopleCount,
    occupancy: c.occupancy,
    queueMinutes: c.queueMinutes,
    dayType: c.dayType,
  }),
};

/** Stores observations once each (a reading already stored is skipped); returns how many were new. */
export async function recordObservations<F extends ObservationFeed>(
  db: Db,
  feed: F,
  items: FeedItems[F][],
): Promise<number> {
  const table = HISTORY_TABLES[feed];
  const toRow = TO_ROW[feed] as (item: FeedItems[F]) => Row<F>;
  let inserted = 0;
  for (let start = 0; start < items.length; start += BATCH) {
    const rows = items.slice(start, start + BATCH).map(toRow);
    const result = await db
      .insert(table)
      .values(rows as never)
      .onConflictDoNothing()
      .returning({ one: sql<number>`1` });
    inserted += result.length;
  }
  return inserted;
}

/** The newest stored reading of a feed, or null when there is no history yet. */
export async function latestObservation(db: Db, feed: ObservationFeed): Promise<Date | null> {
  const table = HISTORY_TABLES[feed];
  const rows = await db.select({ latest: sql<string | null>`max(${table.observedAt})` }).from(table);
  const latest = rows[0]?.latest;
  return latest ? new Date(latest) : null;
}
