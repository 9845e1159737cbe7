import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
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

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A password-free payment agreement (代扣协议) with the provider; one active per account. */
export const paymentAgreements = pgTable(
  "payment_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null once the person deleted their account: the record stays for the books, naming no one. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: ["active", "revoked"] }).notNull(),
    signedAt: at("signed_at").notNull().defaultNow(),
    revokedAt: at("revoked_at"),
    /** The most one bill may take under the agreement (the resident's choice): larger bills are paid by hand. */
    perBillLimitFen: integer("per_bill_limit_fen").notNull().default(20_000),
  },
  (t) => [
    uniqueIndex("payment_agreements_active_idx").on(t.userId).where(sql`${t.status} = 'active'`),
    check("payment_agreements_limit_range", sql`${t.perBillLimitFen} between 100 and 200000`),
  ],
);

/** `cancelled`: never sent to the provider, and never will be (what it paid for lapsed first). */
export const PAYMENT_STATUSES = ["requested", "pending", "succeeded", "declined", "cancelled"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** How money is taken: under the password-free agreement, or once, confirmed by the person at a checkout. */
export const PAYMENT_METHODS = ["agreement", "one_off"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * One row per attempt to collect money, for every service and naming none: a service registers its purpose
 * (lib/payments/purposes.ts) and links its payments to what they pay for in its own table. `requested` is
 * written in the same transaction that decides to collect (an outbox for the provider call); `pending` once
 * the provider accepted it.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull(),
    /** The registered purpose whose rules apply when it is settled ("parking_bill", "clinic_invoice", …). */
    purpose: text("purpose").notNull(),
    /**
     * What is being paid, as the purpose names it ("parking_bill:{stay id}"): at most one live or successful
     * collection per subject, so nothing is ever charged twice.
     */
    subject: text("subject").notNull(),
    /** What the provider shows the payer ("Parking 浙A12345 @ hubin"). */
    description: text("description").notNull(),
    /** Null once the person deleted their account: the record stays for the books, naming no one. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The agreement debited; null for a one-off payment the person confirms at the provider's checkout. */
    agreementId: uuid("agreement_id").references(() => paymentAgreements.id),
    method: text("method", { enum: PAYMENT_METHODS }).notNull().default("agreement"),
    amountFen: integer("amount_fen").notNull(),
    kind: text("kind", { enum: ["auto", "manual"] }).notNull(),
    status: text("status", { enum: PAYMENT_STATUSES }).notNull(),
    /** The provider's transaction number, from its acceptance. */
    providerRef: text("provider_ref"),
    /** Where the person confirms a one-off payment (the provider's checkout), from its acceptance. */
    checkoutUrl: text("checkout_url"),
    /** When the provider's checkout reported the person confirmed (signed return): money is being taken. */
    confirmedAt: at("confirmed_at"),
    requestedAt: at("requested_at").notNull().defaultNow(),
    settledAt: at("settled_at"),
  },
  (t) => [
    uniqueIndex("payments_idempotency_key_idx").on(t.idempotencyKey),
    // At most one live or successful collection per subject: a bill can never be charged twice.
    uniqueIndex("payments_live_per_subject_idx")
      .on(t.subject)
      .where(sql`${t.status} in ('requested', 'pending', 'succeeded')`),
    index("payments_requested_idx").on(t.requestedAt).where(sql`${t.status} = 'requested'`),
    check("payments_amount_positive", sql`${t.amountFen} > 0`),
    check("payments_method_agreement", sql`(${t.method} = 'agreement') = (${t.agreementId} is not null)`),
  ],
);

export const REFUND_STATUSES = ["requested", "pending", "succeeded", "failed"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * Money given back from a succeeded payment, in part or whole; the refunds of one payment never add up
 * to more than it took. Same outbox life as payments: `requested` → `pending` → settled by callback.
 */
export const refunds = pgTable(
  "refunds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    idempotencyKey: text("idempotency_key").notNull(),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => payments.id),
    amountFen: integer("amount_fen").notNull(),
    /** Why, in the paying service's words ("reservation_cancelled"); its refund rule reads it. */
    reason: text("reason").notNull(),
    status: text("status", { enum: REFUND_STATUSES }).notNull(),
    requestedAt: at("requested_at").notNull().defaultNow(),
    settledAt: at("settled_at"),
  },
  (t) => [
    uniqueIndex("refunds_idempotency_key_idx").on(t.idempotencyKey),
    index("refunds_payment_idx").on(t.paymentId),
    index("refunds_requested_idx").on(t.requestedAt).where(sql`${t.status} = 'requested'`),
    check("refunds_amount_positive", sql`${t.amountFen} > 0`),
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

/** The sandbox provider's books for refunds, by idempotency key: a refund is paid out once. */
export const sandboxRefunds = pgTable("sandbox_refunds", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  paymentKey: text("payment_key").notNull(),
  amountFen: integer("amount_fen").notNull(),
  createdAt: at("created_at").notNull().defaultNow(),
});

/** Accounts (by phone) the sandbox provider declines, to rehearse failed debits. */
export const sandboxDeclines = pgTable("sandbox_declines", {
  phone: text("phone").primaryKey(),
  createdAt: at("created_at").notNull().defaultNow(),
});

/**
 * The sandbox provider's one-off payments: a checkout the person confirms or cancels once, by idempotency
 * key. `id` is the provider's transaction number (and the checkout's address).
 */
export const sandboxPayments = pgTable("sandbox_payments", {
  id: text("id").primaryKey(),
  idempotencyKey: text("idempotency_key").notNull().unique(),
  amountFen: integer("amount_fen").notNull(),
  description: text("description").notNull(),
  payee: text("payee").notNull(),
  returnUrl: text("return_url").notNull(),
  state: text("state", { enum: ["open", "confirmed", "cancelled"] })
    .notNull()
    .default("open"),
  createdAt: at("created_at").notNull().defaultNow(),
  decidedAt: at("decided_at"),
});

/** Accounts (by phone) whose sandbox callbacks wait until released, to rehearse a slow provider. */
export const sandboxCallbackHolds = pgTable("sandbox_callback_holds", {
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
