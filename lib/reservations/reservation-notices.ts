import "server-only";
import { eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingReservations } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { lotName } from "@/lib/parking/lot-catalogue";
import { notifyUser } from "@/lib/push/notify";
import { shanghaiTime } from "@/lib/time";

type Row = typeof parkingReservations.$inferSelect;
export type ReservationNotice = "confirmed" | "cancelled" | "noShow";

/** Tells the resident about their reservation, once per reservation and kind; never throws. */
export async function notifyReservation(db: Db, row: Row, kind: ReservationNotice, now: Date): Promise<void> {
  // A deleted account has nobody left to tell.
  if (!row.userId) return;
  try {
    await notifyUser(db, row.userId, {
      topic: `parking.reservation-${kind === "noShow" ? "no-show" : kind}`,
      dedupeKey: `parking:reservation-${kind}:${row.id}`,
      message: {
        key: `reservations.push.${kind}`,
        values: { lot: lotName(row.lotId, "zh-CN"), plate: row.plate, time: shanghaiTime(row.arrivalAt) },
      },
      url: `/parking/${row.lotId}`,
      now,
    });
  } catch (error) {
    console.error(`[reservations] notice ${kind} for ${row.id} not sent`, error);
  }
}

/** After a fee's callback has committed: tells the resident their reservation is confirmed, if it is. */
export async function notifyIfConfirmed(db: Db, reservationId: string, now = serverNow()): Promise<void> {
  const [row] = await db.select().from(parkingReservations).where(eq(parkingReservations.id, reservationId));
  if (row?.status === "confirmed") await notifyReservation(db, row, "confirmed", now);
}
