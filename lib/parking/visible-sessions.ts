import "server-only";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { paymentProviderName } from "@/lib/payments/current-provider";
import { type BillPaymentView, billPaymentsOf } from "./bill-payments";
import { type SessionStatus, sessionStatus } from "./bill-status";
import { type DisputeView, latestDisputesOf } from "./dispute-view";
import { type InvoiceView, invoicesOf } from "./invoice-view";
import { lotName } from "./lot-catalogue";
import { heldAtEntry } from "./plate-holder";

export interface SessionView {
  id: string;
  lotId: string;
  lotName: string;
  plate: string;
  entryAt: string | null;
  exitAt: string | null;
  feeFen: number | null;
  /** `processing` while money is being taken for an unpaid bill (it cannot be paid again meanwhile). */
  status: SessionStatus | "processing";
  breakdown: unknown[];
  paidAt: string | null;
  /** The bill's live or succeeded payment, if any. */
  payment: BillPaymentView | null;
  /** The latest dispute this user opened on the bill, if any. */
  dispute: SessionDispute | null;
  /** The bill's e-invoice, once issued. */
  invoice: InvoiceView | null;
}

export type SessionDispute = Omit<DisputeView, "sessionId">;

/**
 * SQL condition: the user may see this stay. Stays that entered while the user held the plate (from the
 * moment of binding until it ended), and anything the user paid or disputed. Never a stay that entered
 * before the binding: holding a plate now says nothing about whose car it was then. Everything else is
 * answered as if it did not exist.
 */
export function visibleTo(userId: string): SQL {
  const s = parkingStays;
  return sql`${s.plate} in (select plate from plate_bindings where user_id = ${userId}::uuid) and (
    exists (
      select 1 from plate_bindings b
      where b.user_id = ${userId}::uuid and ${heldAtEntry("b", "parking_stays")})
    or exists (select 1 from parking_bill_payments l join payments p on p.id = l.payment_id
      where l.stay_id = ${s.id} and p.user_id = ${userId}::uuid and p.status = 'succeeded')
    or exists (select 1 from parking_disputes d where d.stay_id = ${s.id} and d.user_id = ${userId}::uuid))`;
}

type StayRow = typeof parkingStays.$inferSelect;

export function toSessionView(
  stay: StayRow,
  locale: Locale,
  now: Date,
  dispute: DisputeView | null = null,
  payment: BillPaymentView | null = null,
  invoice: InvoiceView | null = null,
): SessionView {
  const status = sessionStatus(stay, now);
  const processing = stay.status === "unpaid" && payment?.processingSince;
  return {
    id: stay.id,
    lotId: stay.lotId,
    lotName: lotName(stay.lotId, locale),
    plate: stay.plate,
    entryAt: stay.entryAt?.toISOString() ?? null,
    exitAt: stay.exitAt?.toISOString() ?? null,
    feeFen: stay.feeFen,
    status: processing ? "processing" : status,
    breakdown: Array.isArray(stay.breakdown) ? stay.breakdown : [],
    paidAt: stay.paidAt?.toISOString() ?? null,
    payment,
    dispute: dispute ? withoutSession(dispute) : null,
    invoice,
  };
}

function withoutSession({ sessionId: _, ...dispute }: DisputeView): SessionDispute {
  return dispute;
}

/** The user's parking sessions, most recent first. */
export async function listVisibleSessions(
  db: Db,
  userId: string,
  locale: Locale,
  now = serverNow(),
): Promise<SessionView[]> {
  const rows = await db
    .select()
    .from(parkingStays)
    .where(visibleTo(userId))
    .orderBy(desc(sql`coalesce(${parkingStays.exitAt}, ${parkingStays.entryAt})`), desc(parkingStays.id))
    .limit(200);
  const ids = rows.map((row) => row.id);
  const [disputes, paid, invoices] = await Promise.all([
    latestDisputesOf(db, userId, ids),
    billPaymentsOf(db, ids, paymentProviderName()),
    invoicesOf(db, ids),
  ]);
  return rows.map((row) =>
    toSessionView(
      row,
      locale,
      now,
      disputes.get(row.id) ?? null,
      paid.get(row.id) ?? null,
      invoices.get(row.id) ?? null,
    ),
  );
}

/** One stay the user may see, or a 404 (never a 403: others' stays are not confirmed to exist). */
export async function getVisibleStayOrThrow(db: Db, userId: string, stayId: string): Promise<StayRow> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(stayId)) {
    throw new AppError("not_found", "errors.parking.sessionNotFound");
  }
  const [row] = await db
    .select()
    .from(parkingStays)
    .where(and(eq(parkingStays.id, stayId), visibleTo(userId)))
    .limit(1);
  if (!row) throw new AppError("not_found", "errors.parking.sessionNotFound");
  return row;
}

/** One session the user may see, with its dispute (as in the list), or a 404. */
export async function getVisibleSessionOrThrow(
  db: Db,
  userId: string,
  stayId: string,
  locale: Locale,
  now = serverNow(),
): Promise<SessionView> {
  const stay = await getVisibleStayOrThrow(db, userId, stayId);
  const [disputes, paid, invoices] = await Promise.all([
    latestDisputesOf(db, userId, [stay.id]),
    billPaymentsOf(db, [stay.id], paymentProviderName()),
    invoicesOf(db, [stay.id]),
  ]);
  return toSessionView(
    stay,
    locale,
    now,
    disputes.get(stay.id) ?? null,
    paid.get(stay.id) ?? null,
    invoices.get(stay.id) ?? null,
  );
}
