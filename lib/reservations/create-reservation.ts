import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { parkingReservations, plateBindings } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { lotName } from "@/lib/parking/lot-catalogue";
import { activeAgreementId } from "@/lib/payments/payment-agreement";
import { notifyReservation } from "./reservation-notices";
import type { ReservationPayments } from "./reservation-payments";
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

/**
 * Books a space: checks the rules, holds the space under a per-lot lock (so racing requests never
 * oversell), charges the fee outside the transaction, then confirms — or releases the space if declined.
 * The same idempotency key returns the same reservation.
 */
export async function createReservation(
  db: Db,
  userId: string,
  input: CreateReservationInput,
  options: { payments: ReservationPayments; idempotencyKey?: string; now?: Date; locale?: "zh-CN" | "en" },
): Promise<{ reservation: ReservationView; created: boolean }> {
  const now = options.now ?? new Date();
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
  const [binding] = await db
    .select({ id: plateBindings.id })
    .from(plateBindings)
    .where(
      and(
        eq(plateBindings.userId, userId),
        eq(plateBindings.plate, input.plate),
        isNull(plateBindings.unboundAt),
      ),
    )
    .limit(1);
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
    return { row: row!, created: true };
  });
  if (!held.created) return replayed(held.row, now);

  let outcome: "succeeded" | "declined";
  try {
    outcome = await options.payments.charge({
      idempotencyKey: id,
      agreementId,
      amountFen: RESERVATION_FEE_FEN,
    });
  } catch (error) {
    // The provider could not be reached: release the space rather than hold it unpaid.
    await db.update(parkingReservations).set({ status: "declined" }).where(eq(parkingReservations.id, id));
    throw error;
  }
  const status = outcome === "succeeded" ? "confirmed" : "declined";
  const [settled] = await db
    .update(parkingReservations)
    .set({ status, paidAt: outcome === "succeeded" ? now : null })
    .where(and(eq(parkingReservations.id, id), eq(parkingReservations.status, "pending_payment")))
    .returning();
  if (status === "declined") throw fail("unprocessable", "paymentDeclined");
  await notifyReservation(db, settled!, "confirmed", now);
  return { reservation: toView(settled!, now), created: true };
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
