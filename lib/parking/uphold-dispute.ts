import "server-only";
import { and, eq } from "drizzle-orm";
import { parkingStays, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { scheduleRefund } from "@/lib/payments/refunds";
import { billSubject } from "./bill-payment-link";
import { dueAfterDispute } from "./dispute-due-time";
import { disputeRefundKey } from "./dispute-view";

type StayRow = typeof parkingStays.$inferSelect;

export const ADJUSTMENT_LINE_KIND = "disputeAdjustment";

/** What an upheld dispute leaves to do after commit: the refund to send to the provider, if any. */
export interface UpheldEffect {
  refundId: string | null;
}

/**
 * An upheld dispute (inside the resolving transaction, stay row locked): the fee becomes the corrected
 * one, the difference a negative breakdown line so the lines still add up to the fee. An unpaid bill
 * corrected to 0 is paid with nothing to pay, otherwise due no earlier than 24:00 of today; a bill that
 * was already collected is refunded the difference (scheduled here, sent after commit).
 */
export async function applyUpheldDispute(
  tx: Db,
  stay: StayRow,
  dispute: { id: string; previousStatus: StayRow["status"] },
  correctedFeeFen: number,
  now: Date,
): Promise<UpheldEffect> {
  const reductionFen = (stay.feeFen ?? 0) - correctedFeeFen;
  const lines = Array.isArray(stay.breakdown) ? stay.breakdown : [];
  const adjustment = {
    kind: ADJUSTMENT_LINE_KIND,
    from: now.toISOString(),
    to: now.toISOString(),
    amountFen: -reductionFen,
    labelKey: "billsUi.disputeAdjustment",
    values: { amountFen: -reductionFen, disputeId: dispute.id },
  };
  const status = dispute.previousStatus;
  const owing = status === "unpaid";
  await tx
    .update(parkingStays)
    .set({
      feeFen: stay.feeFen === null ? null : correctedFeeFen,
      breakdown: reductionFen > 0 ? [...lines, adjustment] : stay.breakdown,
      status: owing && correctedFeeFen === 0 ? "paid" : status,
      ...(owing && correctedFeeFen === 0 ? { paidAt: now } : {}),
      ...(owing && correctedFeeFen > 0 ? { dueAt: dueAfterDispute(stay.dueAt, now) } : {}),
    })
    .where(eq(parkingStays.id, stay.id));

  if (status !== "paid" || reductionFen <= 0) return { refundId: null };
  const [collected] = await tx
    .select({ id: payments.id, amountFen: payments.amountFen })
    .from(payments)
    .where(and(eq(payments.subject, billSubject(stay.id)), eq(payments.status, "succeeded")))
    .limit(1);
  if (!collected) return { refundId: null };
  const refundId = await scheduleRefund(tx, {
    idempotencyKey: disputeRefundKey(dispute.id),
    paymentId: collected.id,
    amountFen: Math.min(reductionFen, collected.amountFen),
    reason: "dispute_upheld",
    now,
  });
  return { refundId };
}
