import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { parkingStays } from "./parking";
import { payments } from "./payments";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * `pending_payment` holds a space while the fee is charged; `confirmed` once paid; `declined` when the
 * charge failed (never held a space afterwards); `cancelled` by the resident. `no_show` and `arrived`
 * are not stored: they follow from the clock and the gate events, so a read is right even if no job ran.
 */
export const RESERVATION_STATUSES = ["pending_payment", "confirmed", "declined", "cancelled"] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const parkingReservations = pgTable(
  "parking_reservations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null once the person deleted their account: the record stays for the books, naming no one. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The client's Idempotency-Key (or the id itself): a replay returns the same reservation. */
    idempotencyKey: text("idempotency_key").notNull(),
    lotId: text("lot_id").notNull(),
    plate: text("plate").notNull(),
    arrivalAt: at("arrival_at").notNull(),
    /** arrival + 15 min: the space is held until then. */
    holdUntil: at("hold_until").notNull(),
    feeFen: integer("fee_fen").notNull(),
    /** The payment agreement charged (and refunded). */
    agreementId: uuid("agreement_id").notNull(),
    status: text("status", { enum: RESERVATION_STATUSES }).notNull(),
    paidAt: at("paid_at"),
    cancelledAt: at("cancelled_at"),
    /** Set when a cancellation earned a refund; refundedAt once the provider refunded it. */
    refundDueFen: integer("refund_due_fen"),
    refundedAt: at("refunded_at"),
    /** The stay whose bill the fee was deducted from (at most one). */
    creditedStayId: uuid("credited_stay_id").references(() => parkingStays.id),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("parking_reservations_idempotency_idx").on(t.userId, t.idempotencyKey),
    uniqueIndex("parking_reservations_credited_stay_idx").on(t.creditedStayId),
    index("parking_reservations_lot_idx")
      .on(t.lotId, t.holdUntil)
      .where(sql`${t.status} in ('pending_payment', 'confirmed')`),
    index("parking_reservations_plate_idx").on(t.plate, t.lotId),
    index("parking_reservations_user_idx").on(t.userId, t.arrivalAt),
  ],
);

/** Reservations' link from a payment to the reservation whose fee it pays. */
export const reservationPayments = pgTable(
  "reservation_payments",
  {
    paymentId: uuid("payment_id")
      .primaryKey()
      .references(() => payments.id),
    reservationId: uuid("reservation_id")
      .notNull()
      .references(() => parkingReservations.id),
  },
  (t) => [index("reservation_payments_reservation_idx").on(t.reservationId)],
);
