import "server-only";
import { and, eq, gt, lte, not } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { enteredWhileHeld } from "./list-reservations";
import { notifyReservation } from "./reservation-notices";

/**
 * Notifies the no-shows of the last day (hold over, no entry): the fee is kept. The state itself is
 * derived on read, so this job only sends the notice (once, by dedupe key) and may run late or twice.
 */
export async function notifyNoShows(db: Db, now = serverNow()): Promise<number> {
  const rows = await db
    .select()
    .from(parkingReservations)
    .where(
      and(
        eq(parkingReservations.status, "confirmed"),
        lte(parkingReservations.holdUntil, now),
        gt(parkingReservations.holdUntil, new Date(now.getTime() - 24 * 60 * 60_000)),
        not(enteredWhileHeld),
      ),
    )
    .limit(500);
  for (const row of rows) await notifyReservation(db, row, "noShow", now);
  return rows.length;
}
