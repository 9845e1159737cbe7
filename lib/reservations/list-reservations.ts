import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type ReservationView, toView } from "./reservation-view";

/**
 * SQL: the reservation's plate entered its lot between booking and the end of the hold. The outer columns
 * are named with their table on purpose: in a select list Drizzle writes a column without it, and inside
 * this subquery `"plate"` would then mean `g.plate` — true for every entry.
 */
export const enteredWhileHeld = sql<boolean>`exists (select 1 from gate_events g
  where g.lot_id = parking_reservations.lot_id and g.plate = parking_reservations.plate
    and g.direction = 'entry' and g.at >= parking_reservations.created_at
    and g.at <= parking_reservations.hold_until)`;

/** My reservations, newest arrival first, without declined attempts. */
export async function listReservations(
  db: Db,
  userId: string,
  now = serverNow(),
): Promise<ReservationView[]> {
  const rows = await db
    .select({ row: parkingReservations, entered: enteredWhileHeld })
    .from(parkingReservations)
    .where(eq(parkingReservations.userId, userId))
    .orderBy(desc(parkingReservations.arrivalAt))
    .limit(50);
  return rows.filter((r) => r.row.status !== "declined").map((r) => toView(r.row, now, r.entered));
}
