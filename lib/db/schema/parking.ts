import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { payments } from "./payments";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const VEHICLE_CLASSES = ["small", "large"] as const;
export type VehicleClass = (typeof VEHICLE_CLASSES)[number];

/** Which account a plate belongs to, with history: a binding ends (unboundAt) but is never deleted. */
export const plateBindings = pgTable(
  "plate_bindings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    plate: text("plate").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    vehicleClass: text("vehicle_class", { enum: VEHICLE_CLASSES }).notNull(),
    /** Set by the app (serverNow) when the licence check passed: stays that entered from then on are this account's. */
    boundAt: at("bound_at").notNull(),
    unboundAt: at("unbound_at"),
    /** Why the binding ended: the holder removed it, or another account proved the licence and claimed it. */
    endReason: text("end_reason", { enum: ["unbound", "claimed"] }),
  },
  (t) => [
    // A plate has at most one owner at a time, whatever two requests race.
    uniqueIndex("plate_bindings_active_plate_idx").on(t.plate).where(sql`${t.unboundAt} is null`),
    index("plate_bindings_user_idx").on(t.userId),
  ],
);

/**
 * A resident's request to have a plate's ownership reviewed by hand (the licence check refused them, or the
 * e-licence record is out of date). One open request per account and plate; staff close it.
 */
export const plateOwnershipReviews = pgTable(
  "plate_ownership_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    plate: text("plate").notNull(),
    ownerName: text("owner_name").notNull(),
    note: text("note").notNull().default(""),
    status: text("status", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    createdAt: at("created_at").notNull(),
    closedAt: at("closed_at"),
  },
  (t) => [
    uniqueIndex("plate_ownership_reviews_open_idx").on(t.userId, t.plate).where(sql`${t.status} = 'open'`),
  ],
);

export const GATE_DIRECTIONS = ["entry", "exit"] as const;

/** Every gate camera event, stored once by its eventId. */
export const gateEvents = pgTable(
  "gate_events",
  {
    eventId: text("event_id").primaryKey(),
    lotId: text("lot_id").notNull(),
    plate: text("plate").notNull(),
    direction: text("direction", { enum: GATE_DIRECTIONS }).notNull(),
    at: at("at").notNull(),
    receivedAt: at("received_at").notNull().defaultNow(),
  },
  (t) => [index("gate_events_pairing_idx").on(t.lotId, t.plate, t.at, t.eventId)],
);

export const STAY_STATUSES = ["open", "flagged", "unpaid", "paid", "disputed"] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];
export const FLAG_REASONS = [
  "exit_without_entry",
  "over_72h",
  "missing_exit",
  "overlapping_entry",
  "no_tariff",
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/**
 * One stay per entry (or per lone exit, flagged) and, once billed, its bill: fee, due time, payment.
 * `overdue` is not stored: it is `unpaid` past `dueAt`, so a read is right even if no job ran.
 */
export const parkingStays = pgTable(
  "parking_stays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    lotId: text("lot_id").notNull(),
    plate: text("plate").notNull(),
    vehicleClass: text("vehicle_class", { enum: VEHICLE_CLASSES }).notNull(),
    entryEventId: text("entry_event_id").references(() => gateEvents.eventId),
    exitEventId: text("exit_event_id").references(() => gateEvents.eventId),
    entryAt: at("entry_at"),
    exitAt: at("exit_at"),
    status: text("status", { enum: STAY_STATUSES }).notNull(),
    flagReason: text("flag_reason", { enum: FLAG_REASONS }),
    feeFen: integer("fee_fen"),
    breakdown: jsonb("breakdown"),
    billedAt: at("billed_at"),
    /** Set when nobody is debiting it any more (no automatic debit, or the debit was declined). */
    dueAt: at("due_at"),
    paidAt: at("paid_at"),
    dueNotifiedAt: at("due_notified_at"),
    overdueNotifiedAt: at("overdue_notified_at"),
    paidNotifiedAt: at("paid_notified_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("parking_stays_entry_event_idx").on(t.entryEventId),
    uniqueIndex("parking_stays_exit_event_idx").on(t.exitEventId),
    index("parking_stays_plate_idx").on(t.plate, t.exitAt),
    index("parking_stays_unpaid_idx").on(t.dueAt).where(sql`${t.status} = 'unpaid'`),
  ],
);

export const DISPUTE_REASONS = ["not_my_car", "wrong_times", "other"] as const;
export const DISPUTE_OUTCOMES = ["upheld", "rejected"] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** A resident's objection to a bill; while open the bill is not chased. */
export const parkingDisputes = pgTable(
  "parking_disputes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => parkingStays.id),
    /** Null once the person deleted their account: the record stays for the books, naming no one. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: DISPUTE_REASONS }).notNull(),
    note: text("note").notNull().default(""),
    status: text("status", { enum: ["open", "resolved"] })
      .notNull()
      .default("open"),
    /** The bill's status before the dispute, to restore when it is resolved. */
    previousStatus: text("previous_status", { enum: STAY_STATUSES }).notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    /** Set together when the operator resolves it (status `resolved`). */
    outcome: text("outcome", { enum: DISPUTE_OUTCOMES }),
    /** Upheld only: the fee the bill now has (0 = waived). */
    correctedFeeFen: integer("corrected_fee_fen"),
    resolutionNote: text("resolution_note"),
    resolvedAt: at("resolved_at"),
    /** When the resident was told of the outcome; null = still to tell (swept by the payment jobs). */
    resolutionNotifiedAt: at("resolution_notified_at"),
  },
  (t) => [
    uniqueIndex("parking_disputes_open_idx").on(t.stayId).where(sql`${t.status} = 'open'`),
    index("parking_disputes_user_idx").on(t.userId),
  ],
);

/**
 * Electronic invoices (电子发票) issued for paid parking bills, one per bill. Kept as tax records: a deleted account
 * leaves them naming no one.
 */
export const parkingInvoices = pgTable(
  "parking_invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => parkingStays.id),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    number: text("number").notNull(),
    /** The buyer: a person's name or a company's, and a company's tax number (统一社会信用代码). */
    title: text("title").notNull(),
    taxNumber: text("tax_number"),
    email: text("email").notNull(),
    amountFen: integer("amount_fen").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("parking_invoices_stay_idx").on(t.stayId),
    uniqueIndex("parking_invoices_number_idx").on(t.number),
  ],
);

/** Parking's link from a payment to the bill (stay) it pays: payments itself names no service. */
export const parkingBillPayments = pgTable(
  "parking_bill_payments",
  {
    paymentId: uuid("payment_id")
      .primaryKey()
      .references(() => payments.id),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => parkingStays.id),
  },
  (t) => [index("parking_bill_payments_stay_idx").on(t.stayId)],
);
