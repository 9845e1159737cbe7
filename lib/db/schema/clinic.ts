import { sql } from "drizzle-orm";
import {
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
import { payments } from "./payments";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const CLINIC_ACCOUNT_STATUSES = ["ineligible", "active", "suspended"] as const;
export type ClinicAccountStatus = (typeof CLINIC_ACCOUNT_STATUSES)[number];

/**
 * A resident's enrolment in credit-based clinic payment: who they are (sealed; a blind index finds a person
 * enrolled twice), the consent they gave, their score and the line it earned. The row is locked while a charge
 * is judged against the line, so concurrent charges from several hospitals are judged one after another.
 */
export const clinicAccounts = pgTable(
  "clinic_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null once the person deleted their account: unpaid clinic bills stay on the books. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** What the hospital's scanner reads inside the signed QR token. */
    healthCardId: text("health_card_id").notNull(),
    nameSealed: text("name_sealed").notNull(),
    residentIdSealed: text("resident_id_sealed").notNull(),
    /** HMAC of the identity number: one enrolment per person without storing the number in clear. */
    residentIdIndex: text("resident_id_index").notNull(),
    residentIdMasked: text("resident_id_masked").notNull(),
    consentVersion: text("consent_version").notNull(),
    consentedAt: at("consented_at").notNull(),
    score: integer("score").notNull(),
    scoredAt: at("scored_at").notNull(),
    /** 1 = lowest; null while not eligible. */
    tier: integer("tier"),
    creditLineFen: integer("credit_line_fen").notNull().default(0),
    status: text("status", { enum: CLINIC_ACCOUNT_STATUSES }).notNull(),
    suspendedAt: at("suspended_at"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("clinic_accounts_user_idx").on(t.userId),
    uniqueIndex("clinic_accounts_card_idx").on(t.healthCardId),
    uniqueIndex("clinic_accounts_resident_idx").on(t.residentIdIndex),
    check("clinic_accounts_line_non_negative", sql`${t.creditLineFen} >= 0`),
  ],
);

/** A hospital visit (encounter) as the hospital numbers it; its charges are authorised against the line. */
export const clinicVisits = pgTable(
  "clinic_visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hospitalId: text("hospital_id").notNull(),
    visitId: text("visit_id").notNull(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => clinicAccounts.id),
    status: text("status", { enum: ["open", "closed"] }).notNull(),
    openedAt: at("opened_at").notNull(),
    closedAt: at("closed_at"),
  },
  (t) => [
    uniqueIndex("clinic_visits_hospital_visit_idx").on(t.hospitalId, t.visitId),
    index("clinic_visits_account_idx").on(t.accountId, t.openedAt),
  ],
);

export interface ClinicChargeItem {
  code: string;
  display: string;
  quantity: number;
  unitPriceFen: number;
  insuranceFen: number;
  selfPayFen: number;
}

/**
 * An authorised charge (FHIR ChargeItem): refused charges are never stored, so a retry is judged again. The
 * hash of its body answers a repeated chargeId: the same body gets the first answer, another body a 409.
 */
export const clinicCharges = pgTable(
  "clinic_charges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hospitalId: text("hospital_id").notNull(),
    chargeId: text("charge_id").notNull(),
    visitRowId: uuid("visit_row_id")
      .notNull()
      .references(() => clinicVisits.id),
    accountId: uuid("account_id")
      .notNull()
      .references(() => clinicAccounts.id),
    occurredAt: at("occurred_at").notNull(),
    items: jsonb("items").$type<ClinicChargeItem[]>().notNull(),
    selfPayFen: integer("self_pay_fen").notNull(),
    insuranceFen: integer("insurance_fen").notNull(),
    bodyHash: text("body_hash").notNull(),
    /** The available line after this charge, as answered to the hospital. */
    availableAfterFen: integer("available_after_fen").notNull(),
    status: text("status", { enum: ["authorized", "cancelled"] }).notNull(),
    createdAt: at("created_at").notNull(),
    cancelledAt: at("cancelled_at"),
  },
  (t) => [
    uniqueIndex("clinic_charges_hospital_charge_idx").on(t.hospitalId, t.chargeId),
    index("clinic_charges_visit_idx").on(t.visitRowId),
    index("clinic_charges_account_idx").on(t.accountId).where(sql`${t.status} = 'authorized'`),
  ],
);

/** One itemised bill per closed visit (FHIR Invoice), due 48 h after closing. */
export const clinicInvoices = pgTable(
  "clinic_invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitRowId: uuid("visit_row_id")
      .notNull()
      .references(() => clinicVisits.id),
    accountId: uuid("account_id")
      .notNull()
      .references(() => clinicAccounts.id),
    totalSelfPayFen: integer("total_self_pay_fen").notNull(),
    totalInsuranceFen: integer("total_insurance_fen").notNull(),
    issuedAt: at("issued_at").notNull(),
    dueAt: at("due_at").notNull(),
    paidAt: at("paid_at"),
  },
  (t) => [
    uniqueIndex("clinic_invoices_visit_idx").on(t.visitRowId),
    index("clinic_invoices_unpaid_idx").on(t.accountId).where(sql`${t.paidAt} is null`),
  ],
);

/** The clinic's link from a payment to the invoice it pays. */
export const clinicInvoicePayments = pgTable(
  "clinic_invoice_payments",
  {
    paymentId: uuid("payment_id")
      .primaryKey()
      .references(() => payments.id),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => clinicInvoices.id),
  },
  (t) => [index("clinic_invoice_payments_invoice_idx").on(t.invoiceId)],
);
