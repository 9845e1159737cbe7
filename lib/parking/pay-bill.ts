import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { type PaymentStatus, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { requestDebits } from "@/lib/payments/debit-bill";
import { activeAgreementId } from "@/lib/payments/payment-agreement";
import type { PaymentProvider } from "@/lib/payments/provider";
import { getVisibleStayOrThrow } from "./visible-sessions";

export interface PaymentView {
  id: string;
  status: PaymentStatus;
  amountFen: number;
}

/**
 * Collects a due or overdue bill the user can see, through their agreement. Idempotent: while a
 * collection is under way, or once the bill is paid, the same payment is returned and nothing is charged.
 */
export async function payBill(
  db: Db,
  provider: PaymentProvider,
  userId: string,
  stayId: string,
  now = serverNow(),
): Promise<PaymentView | null> {
  const stay = await getVisibleStayOrThrow(db, userId, stayId);
  const live = () => latestPayment(db, stayId, ["requested", "pending", "succeeded"]);
  if (stay.status === "paid") return live();
  if (stay.status === "disputed") throw new AppError("conflict", "errors.parking.billDisputed");
  if (stay.status !== "unpaid") throw new AppError("conflict", "errors.parking.billNotPayable");

  let payment = await live();
  if (!payment) {
    const agreementId = await activeAgreementId(db, userId);
    if (!agreementId) throw new AppError("conflict", "errors.parking.agreementRequired");
    const [{ attempts }] = (await db
      .select({ attempts: count() })
      .from(payments)
      .where(eq(payments.stayId, stayId))) as [{ attempts: number }];
    // The partial unique index on live payments per stay lets only one of two racing requests in.
    await db
      .insert(payments)
      .values({
        idempotencyKey: `${stayId}:manual:${attempts + 1}`,
        stayId,
        userId,
        agreementId,
        amountFen: stay.feeFen!,
        kind: "manual",
        status: "requested",
        requestedAt: now,
      })
      .onConflictDoNothing();
    payment = await live();
  }
  if (payment?.status === "requested") {
    await requestDebits(db, provider, [payment.id]);
    payment = await live();
  }
  return payment;
}

async function latestPayment(
  db: Db,
  stayId: string,
  statuses: PaymentView["status"][],
): Promise<PaymentView | null> {
  const [row] = await db
    .select({ id: payments.id, status: payments.status, amountFen: payments.amountFen })
    .from(payments)
    .where(and(eq(payments.stayId, stayId), inArray(payments.status, statuses)))
    .orderBy(desc(payments.requestedAt))
    .limit(1);
  return row ?? null;
}
