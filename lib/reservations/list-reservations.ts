import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type ReservationView, toView } from "./reservation-view";

/** SQL: the reservation's plate entered its lot between booking and the end of the hold. */
export const enteredWhileHeld = sql<boolean>`exists (select 1 from gate_events g
  where g.lot_id = ${parkingReservations.lotId} and g.plate = ${parkingReservations.plate}
    and g.direction = 'entry' and g.at >= ${parkingReservations.createdAt}
    and g.at <= ${parkingReservations.holdUntil})`;

/** My reservations, newest arrival first, without declined attempts. */
export async function listReservations(db: Db, userId: string, now = new Date()): Promise<ReservationView[]> {
  const rows = await db
    .select({ row: parkingReservations, entered: enteredWhileHeld })
    .from(parkingReservations)
    .where(eq(parkingReservations.userId, userId))
    .orderBy(desc(parkingReservations.arrivalAt))
    .limit(50);
  return rows.filter((r) => r.row.status !== "declined").map((r) => toView(r.row, now, r.entered));
}
