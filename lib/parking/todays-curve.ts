import "server-only";
import { and, asc, eq, gte, lt } from "drizzle-orm";
import { parkingObservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { fromShanghai, shanghaiDate } from "@/lib/time";

export interface CurvePoint {
  at: string;
  available: number;
  total: number;
}

/**
 * Free spaces at a car park since midnight today in Hangzhou, oldest first: the stored history up to the
 * reading shown as "free now" (the same feed reading the list shows), which is always the last point. The
 * history is recorded every 15 minutes and the live feed every 5, so without it the two disagreed.
 */
export async function todaysCurve(
  db: Db,
  facilityId: string,
  now: Date,
  current: CurvePoint,
): Promise<CurvePoint[]> {
  const midnight = fromShanghai(shanghaiDate(now));
  const currentAt = new Date(current.at);
  const rows = await db
    .select({
      at: parkingObservations.observedAt,
      available: parkingObservations.available,
      total: parkingObservations.total,
    })
    .from(parkingObservations)
    .where(
      and(
        eq(parkingObservations.facilityId, facilityId),
        gte(parkingObservations.observedAt, midnight),
        lt(parkingObservations.observedAt, currentAt),
      ),
    )
    .orderBy(asc(parkingObservations.observedAt));
  const stored = rows.map((row) => ({
    at: row.at.toISOString(),
    available: row.available,
    total: row.total,
  }));
  return currentAt >= midnight ? [...stored, { ...current, at: currentAt.toISOString() }] : stored;
}
