import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { visibleTo } from "@/lib/parking/visible-sessions";

/** What keeps an account from being deleted: money (or a bill to come) still between us and the person. */
export const OPEN_MONEY_KINDS = [
  "unpaidBill",
  "disputedBill",
  "paymentInProgress",
  "reservationFeePending",
  "refundPending",
  "carParked",
  "upcomingReservation",
  "clinicBillUnpaid",
  "clinicVisitOpen",
] as const;
export type OpenMoneyKind = (typeof OPEN_MONEY_KINDS)[number];

export interface OpenMoney {
  kind: OpenMoneyKind;
  count: number;
}

/**
 * Everything still open for this person, in a fixed order; empty when the account may go. A bill is the
 * person's as in "my bills" (visible-sessions.ts); a car still parked counts, its bill is yet to come.
 */
export async function findOpenMoney(db: Db, userId: string, now: Date): Promise<OpenMoney[]> {
  const live = sql.raw(`('requested', 'pending')`);
  const result = await db.execute(sql`
    select
      (select count(*)::int from parking_stays where ${visibleTo(userId)} and parking_stays.status = 'unpaid'
        and not exists (select 1 from parking_bill_payments l join payments lp on lp.id = l.payment_id
          where l.stay_id = parking_stays.id and lp.status in ${live}))
        as "unpaidBill",
      (select count(*)::int from parking_disputes d where d.user_id = ${userId}::uuid and d.status = 'open')
        as "disputedBill",
      (select count(*)::int from payments p where p.user_id = ${userId}::uuid and p.purpose = 'parking_bill'
        and p.status in ${live}) as "paymentInProgress",
      (select count(*)::int from parking_reservations r where r.user_id = ${userId}::uuid
        and r.status = 'pending_payment') as "reservationFeePending",
      (select count(*)::int from refunds f join payments p on p.id = f.payment_id
        where p.user_id = ${userId}::uuid and f.status in ${live}) as "refundPending",
      (select count(*)::int from parking_stays where ${visibleTo(userId)} and parking_stays.status = 'open')
        as "carParked",
      (select count(*)::int from parking_reservations r where r.user_id = ${userId}::uuid
        and r.status = 'confirmed' and r.hold_until > ${now.toISOString()}) as "upcomingReservation",
      (select count(*)::int from clinic_invoices i join clinic_accounts a on a.id = i.account_id
        where a.user_id = ${userId}::uuid and i.paid_at is null) as "clinicBillUnpaid",
      (select count(*)::int from clinic_visits v join clinic_accounts a on a.id = v.account_id
        where a.user_id = ${userId}::uuid and v.status = 'open') as "clinicVisitOpen"`);
  const counts = (result as unknown as { rows: Record<OpenMoneyKind, number>[] }).rows[0]!;
  return OPEN_MONEY_KINDS.filter((kind) => counts[kind] > 0).map((kind) => ({ kind, count: counts[kind] }));
}
