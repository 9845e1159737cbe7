import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { parkingReservations, parkingStays, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { PaymentProvider } from "./provider";
import { sendRequested, stuckRequested } from "./provider-outbox";

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
