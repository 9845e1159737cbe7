import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { parkingObservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { fromShanghai, shanghaiDate } from "@/lib/time";

export interface CurvePoint {
  at: string;
  available: number;
  total: number;
}

/** Free spaces at a car park since midnight today in Hangzhou, from the stored history (oldest first). */
export async function todaysCurve(db: Db, facilityId: string, now: Date): Promise<CurvePoint[]> {
  const midnight = fromShanghai(shanghaiDate(now));
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
        lte(parkingObservations.observedAt, now),
      ),
    )
    .orderBy(asc(parkingObservations.observedAt));
  return rows.map((row) => ({ at: row.at.toISOString(), available: row.available, total: row.total }));
}
