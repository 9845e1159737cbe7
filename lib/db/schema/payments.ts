import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { parkingStays } from "./parking";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A password-free payment agreement (代扣协议) with the provider; one active per account. */
export const paymentAgreements = pgTable(
  "payment_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["active", "revoked"] }).notNull(),
    signedAt: at("signed_at").notNull().defaultNow(),
    revokedAt: at("revoked_at"),
  },
  (t) => [uniqueIndex("payment_agreements_active_idx").on(t.userId).where(sql`${t.status} = 'active'`)],
);

export const PAYMENT_STATUSES = ["requested", "pending", "succeeded", "declined"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * One row per attempt to collect a bill. `requested` is written in the same transaction that decides to
 * collect (an outbox for the provider call); `pending` once the provider accepted it.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull(),
    stayId: uuid("stay_id")
      .notNull()
      .references(() => parkingStays.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => paymentAgreements.id),
    amountFen: integer("amount_fen").notNull(),
    kind: text("kind", { enum: ["auto", "manual"] }).notNull(),
    status: text("status", { enum: PAYMENT_STATUSES }).notNull(),
    requestedAt: at("requested_at").notNull().defaultNow(),
    settledAt: at("settled_at"),
  },
  (t) => [
    uniqueIndex("payments_idempotency_key_idx").on(t.idempotencyKey),
    // At most one live or successful collection per bill: a bill can never be charged twice.
    uniqueIndex("payments_live_per_stay_idx")
      .on(t.stayId)
      .where(sql`${t.status} in ('requested', 'pending', 'succeeded')`),
    index("payments_requested_idx").on(t.requestedAt).where(sql`${t.status} = 'requested'`),
  ],
);

/** Every provider callback received, by its own id: a repeated callback is recognised and changes nothing. */
export const paymentCallbacks = pgTable("payment_callbacks", {
  callbackId: text("callback_id").primaryKey(),
  idempotencyKey: text("idempotency_key").notNull(),
  status: text("status").notNull(),
  outcome: text("outcome", { enum: ["applied", "ignored"] }).notNull(),
  receivedAt: at("received_at").notNull().defaultNow(),
});

/** The sandbox provider's own books: the outcome it decided for each debit request, by idempotency key. */
export const sandboxDebits = pgTable("sandbox_debits", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  agreementId: uuid("agreement_id").notNull(),
  amountFen: integer("amount_fen").notNull(),
  outcome: text("outcome", { enum: ["succeeded", "declined"] }).notNull(),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** Accounts (by phone) the sandbox provider declines, to rehearse failed debits. */
export const sandboxDeclines = pgTable("sandbox_declines", {
  phone: text("phone").primaryKey(),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** Callbacks the sandbox provider still has to deliver; kept until acknowledged, so restarts lose none. */
export const paymentOutbox = pgTable(
  "payment_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    callbackId: text("callback_id").notNull().unique(),
    payload: jsonb("payload").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    deliveredAt: at("delivered_at"),
    lastError: text("last_error"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("payment_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null`)],
);
