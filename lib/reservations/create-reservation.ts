import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { parkingReservations, reservationPayments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { currentBinding } from "@/lib/parking/current-binding";
import { lotName } from "@/lib/parking/lot-catalogue";
import { requestDebits } from "@/lib/payments/debit-bill";
import { activeAgreementId } from "@/lib/payments/payment-agreement";
import type { PaymentProvider } from "@/lib/payments/provider";
import { recordPayments } from "@/lib/payments/record-payment";
import { awaitReservation } from "./await-reservation";
import {
  RESERVATION_FEE_PURPOSE,
  reservationFeeDescription,
  reservationFeeSubject,
} from "./reservation-payment-link";
import {
  HOLD_MS,
  MAX_LEAD_MS,
  nearbyReservableLots,
  RESERVATION_FEE_FEN,
  reservableSpaces,
} from "./reservation-rules";
import { type ReservationView, toView } from "./reservation-view";

export const CreateReservationInput = z.strictObject({
  lotId: z.string().min(1).max(100),
  plate: z.string().min(1).max(20),
  arrivalAt: z.iso.datetime({ offset: true }),
});
export type CreateReservationInput = z.infer<typeof CreateReservationInput>;

const fail = (
  code: "conflict" | "unprocessable" | "not_found",
  key: string,
  values?: Record<string, string>,
) => new AppError(code, `errors.reservations.${key}`, { values });

/** How long booking waits for the fee's callback before answering "payment being confirmed". */
const DEFAULT_WAIT_MS = 4_000;

/**
 * Books a space: checks the rules, then under a per-lot lock (so racing requests never oversell) holds the
 * space and records the fee's payment in one transaction. The fee goes to the provider after the commit;
 * its signed callback confirms the reservation (or declines it, releasing the space). Booking waits a few
 * seconds for that and otherwise answers `pending_payment`. The same idempotency key returns the same
 * reservation.
 */
export async function createReservation(
  db: Db,
  userId: string,
  input: CreateReservationInput,
  options: {
    provider: PaymentProvider;
    idempotencyKey?: string;
    now?: Date;
    locale?: "zh-CN" | "en";
    waitMs?: number;
  },
): Promise<{ reservation: ReservationView; created: boolean }> {
  const now = options.now ?? serverNow();
  const locale = options.locale ?? "zh-CN";
  const id = randomUUID();
  const key = options.idempotencyKey ?? id;

  const replay = await findByKey(db, userId, key);
  if (replay) return replayed(replay, now);

  const arrival = new Date(input.arrivalAt);
  const name = lotName(input.lotId, locale);
  const spaces = reservableSpaces(input.lotId);
  if (spaces === 0) throw fail("unprocessable", "notReservable", { lot: name });
  if (arrival.getTime() <= now.getTime()) throw fail("unprocessable", "arrivalPast");
  if (arrival.getTime() > now.getTime() + MAX_LEAD_MS) throw fail("unprocessable", "arrivalTooFar");
  const binding = await currentBinding(db, userId, input.plate);
  if (!binding) throw fail("unprocessable", "notYourPlate", { plate: input.plate });
  const agreementId = await activeAgreementId(db, userId);
  if (!agreementId) throw fail("unprocessable", "noAgreement");

  const holdUntil = new Date(arrival.getTime() + HOLD_MS);
  const held = await db.transaction(async (tx) => {
    // One lock per lot: every booking at this lot waits here, so the count below cannot go stale.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`reserve:${input.lotId}`}, 0))`);
    const again = await findByKey(tx, userId, key);
    if (again) return { row: again, created: false };
    const busy = await tx.execute(sql`
      select count(*)::int as n from parking_reservations r
      where r.lot_id = ${input.lotId} and r.status in ('pending_payment', 'confirmed')
        and r.hold_until > ${now.toISOString()}::timestamptz
        and r.arrival_at < ${holdUntil.toISOString()}::timestamptz
        and r.hold_until > ${arrival.toISOString()}::timestamptz
        and not exists (select 1 from gate_events g where g.lot_id = r.lot_id and g.plate = r.plate
          and g.direction = 'entry' and g.at >= r.created_at and g.at <= r.hold_until)`);
    const taken = (busy as unknown as { rows: { n: number }[] }).rows[0]!.n;
    if (taken >= spaces) {
      const alternative = nearbyReservableLots(input.lotId)[0];
      throw fail("conflict", "full", {
        lot: name,
        alternative: alternative ? lotName(alternative.slug, locale) : "—",
      });
    }
    const [row] = await tx
      .insert(parkingReservations)
      .values({
        id,
        userId,
        idempotencyKey: key,
        lotId: input.lotId,
        plate: input.plate,
        arrivalAt: arrival,
        holdUntil,
        feeFen: RESERVATION_FEE_FEN,
        agreementId,
        status: "pending_payment",
        createdAt: now,
      })
      .returning();
    const [payment] = await recordPayments(tx, [
      {
        idempotencyKey: `reservation:${id}`,
        purpose: RESERVATION_FEE_PURPOSE,
        subject: reservationFeeSubject(id),
        description: reservationFeeDescription(input.plate, input.lotId),
        userId,
        agreementId,
        amountFen: RESERVATION_FEE_FEN,
        kind: "manual",
        requestedAt: now,
      },
    ]);
    await tx.insert(reservationPayments).values({ paymentId: payment!.id, reservationId: id });
    return { row: row!, created: true, paymentId: payment!.id };
  });
  if (!held.created) return replayed(held.row, now);

  // A fee that could not be sent (gateway down or slow: it may even have arrived) stays `requested`; the
  // payment job sends it again, and the space is released if it has not settled within PAYMENT_WAIT_MS.
  await requestDebits(db, options.provider, [held.paymentId!]);
  const settled = await awaitReservation(db, id, options.waitMs ?? DEFAULT_WAIT_MS);
  if (settled.status === "declined") throw fail("unprocessable", "paymentDeclined");
  return { reservation: toView(settled, now), created: true };
}

function replayed(row: typeof parkingReservations.$inferSelect, now: Date) {
  if (row.status === "declined") throw fail("unprocessable", "paymentDeclined");
  return { reservation: toView(row, now), created: false };
}

async function findByKey(db: Db, userId: string, key: string) {
  const [row] = await db
    .select()
    .from(parkingReservations)
    .where(and(eq(parkingReservations.userId, userId), eq(parkingReservations.idempotencyKey, key)))
    .limit(1);
  return row;
}
