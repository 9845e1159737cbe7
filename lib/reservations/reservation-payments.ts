import "server-only";
import { sql } from "drizzle-orm";
import { reservationLedger } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export interface ReservationCharge {
  /** The reservation id: the same key never charges (or refunds) twice. */
  idempotencyKey: string;
  agreementId: string;
  amountFen: number;
}

/**
 * Booking needs the outcome before it answers, so unlike bill debits (outcome by callback) the charge is
 * synchronous; refunds are keyed by the same id. Both are called outside any transaction.
 */
export interface ReservationPayments {
  charge(request: ReservationCharge): Promise<"succeeded" | "declined">;
  refund(request: ReservationCharge): Promise<"succeeded">;
}

/** The sandbox: declines the accounts told to decline (`sandbox_declines`), like the bill provider. */
export function createSandboxReservationPayments(db: Db): ReservationPayments {
  async function record(
    kind: "charge" | "refund",
    request: ReservationCharge,
    outcome: "succeeded" | "declined",
  ) {
    await db
      .insert(reservationLedger)
      .values({ ...request, kind, outcome })
      .onConflictDoNothing({ target: [reservationLedger.idempotencyKey, reservationLedger.kind] });
    const result = await db.execute(sql`select outcome from reservation_ledger
      where idempotency_key = ${request.idempotencyKey} and kind = ${kind}`);
    return (result as unknown as { rows: { outcome: "succeeded" | "declined" }[] }).rows[0]!.outcome;
  }
  return {
    async charge(request) {
      const declined = await db.execute(sql`
        select 1 from payment_agreements a
        join users u on u.id = a.user_id
        join sandbox_declines d on d.phone = u.phone
        where a.id = ${request.agreementId}::uuid`);
      const outcome = (declined as unknown as { rows: unknown[] }).rows.length > 0 ? "declined" : "succeeded";
      return record("charge", request, outcome);
    },
    async refund(request) {
      await record("refund", request, "succeeded");
      return "succeeded";
    },
  };
}

/** The reservation payments of this deployment: only the sandbox is wired, like bill debits. */
export function currentReservationPayments(db: Db): ReservationPayments {
  if (env().APP_ENV !== "sandbox") {
    const unavailable = async (): Promise<never> => {
      throw new AppError("unavailable", "errors.unavailable");
    };
    return { charge: unavailable, refund: unavailable };
  }
  return createSandboxReservationPayments(db);
}
