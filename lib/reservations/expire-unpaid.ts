import "server-only";
import { and, eq, inArray, lt } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingReservations, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { reservationFeeSubject } from "./reservation-payment-link";

/** A reservation whose fee has not settled this long after booking no longer holds its space. */
export const PAYMENT_WAIT_MS = 10 * 60_000;

/**
 * Releases the spaces of reservations still waiting for their fee (the provider never answered, or the
 * server stopped before sending it). A fee never sent is cancelled; one already with the provider may
 * still succeed, and its callback then refunds it (`settleReservationFee`).
 */
export async function expireUnpaidReservations(db: Db, now = serverNow()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(parkingReservations)
      .set({ status: "declined" })
      .where(
        and(
          eq(parkingReservations.status, "pending_payment"),
          lt(parkingReservations.createdAt, new Date(now.getTime() - PAYMENT_WAIT_MS)),
        ),
      )
      .returning({ id: parkingReservations.id });
    if (expired.length > 0) {
      await tx
        .update(payments)
        .set({ status: "cancelled" })
        .where(
          and(
            inArray(
              payments.subject,
              expired.map((r) => reservationFeeSubject(r.id)),
            ),
            eq(payments.status, "requested"),
          ),
        );
    }
    return expired.length;
  });
}
