import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { parkingReservations, parkingStays, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { endOfShanghaiDay } from "@/lib/parking/bill-status";
import { hasOverdueBill } from "@/lib/parking/pay-later";
import { heldAtEntry } from "@/lib/parking/plate-holder";
import type { PaymentProvider } from "./provider";
import { sendRequested, stuckRequested } from "./provider-outbox";

/**
 * Inside the billing transaction: a collection (`requested` payment, idempotency key = stay id) for every
 * bill whose owner (the plate's holder at entry) has pay-later active for it; every other bill is due by 24:00 today. Returns the payment ids
 * to send to the provider once the transaction has committed.
 */
export async function scheduleAutoDebits(tx: Db, stayIds: string[], now: Date): Promise<string[]> {
  if (stayIds.length === 0) return [];
  const ids = sql.join(
    stayIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    insert into payments (idempotency_key, stay_id, user_id, agreement_id, amount_fen, kind, status, requested_at)
    select s.id::text, s.id, b.user_id, a.id, s.fee_fen, 'auto', 'requested', ${now.toISOString()}
    from parking_stays s
    join plate_bindings b on ${heldAtEntry("b", "s")}
    join payment_agreements a on a.user_id = b.user_id and a.status = 'active'
    where s.id in (${ids}) and s.status = 'unpaid' and s.fee_fen > 0
      and not ${hasOverdueBill(sql`b.plate`, sql`b.user_id`, now)}
    on conflict do nothing
    returning id, stay_id`);
  const rows = (result as unknown as { rows: { id: string; stay_id: string }[] }).rows;
  const debited = new Set(rows.map((r) => r.stay_id));
  const notDebited = stayIds.filter((id) => !debited.has(id));
  if (notDebited.length > 0) {
    await tx
      .update(parkingStays)
      .set({ dueAt: endOfShanghaiDay(now) })
      .where(and(inArray(parkingStays.id, notDebited), isNull(parkingStays.dueAt)));
  }
  return rows.map((r) => r.id);
}

/**
 * Sends `requested` payments (of any purpose) to the provider, outside any transaction; accepted ones
 * become `pending`. Returns the ids it could not send.
 */
export async function requestDebits(
  db: Db,
  provider: PaymentProvider,
  paymentIds: string[],
): Promise<string[]> {
  if (paymentIds.length === 0) return [];
  const due = await db
    .select({
      id: payments.id,
      idempotencyKey: payments.idempotencyKey,
      agreementId: payments.agreementId,
      amountFen: payments.amountFen,
      plate: sql<string>`coalesce(${parkingStays.plate}, ${parkingReservations.plate})`,
      lotId: sql<string>`coalesce(${parkingStays.lotId}, ${parkingReservations.lotId})`,
      purpose: payments.purpose,
    })
    .from(payments)
    .leftJoin(parkingStays, eq(parkingStays.id, payments.stayId))
    .leftJoin(parkingReservations, eq(parkingReservations.id, payments.reservationId))
    .where(and(inArray(payments.id, paymentIds), eq(payments.status, "requested")));
  return sendRequested(db, "payments", due, (payment) =>
    provider.requestDebit({
      idempotencyKey: payment.idempotencyKey,
      agreementId: payment.agreementId,
      amountFen: payment.amountFen,
      description: `${payment.purpose === "reservation_fee" ? "Parking reservation" : "Parking"} ${payment.plate} @ ${payment.lotId}`,
    }),
  );
}

/** Sends payments stuck in `requested` (the server stopped before sending them) again. */
export async function retryRequestedDebits(
  db: Db,
  provider: PaymentProvider,
  options: { now?: Date; olderThanMs?: number } = {},
): Promise<number> {
  const stuck = await stuckRequested(db, "payments", options);
  await requestDebits(db, provider, stuck);
  return stuck.length;
}
