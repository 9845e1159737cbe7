import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { type PaymentMethod, parkingBillPayments, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** What a bill's receipt says about the money: how it is (or was) taken, by whom, and since when. */
export interface BillPaymentView {
  method: PaymentMethod;
  /** "sandbox" or the gateway's host. */
  provider: string;
  /** The provider's transaction number, once it accepted the payment. */
  providerRef: string | null;
  /** Set while money is being taken: when it started (the debit was asked for, or the checkout confirmed). */
  processingSince: string | null;
  /** A one-off checkout is open: the person may go back to it (Pay answers the same one). */
  checkoutOpen: boolean;
}

/** The live (or paid) payment of each bill, as receipts show it. */
export async function billPaymentsOf(
  db: Db,
  stayIds: string[],
  provider: string,
): Promise<Map<string, BillPaymentView>> {
  const views = new Map<string, BillPaymentView>();
  if (stayIds.length === 0) return views;
  const rows = await db
    .select({
      stayId: parkingBillPayments.stayId,
      method: payments.method,
      status: payments.status,
      providerRef: payments.providerRef,
      requestedAt: payments.requestedAt,
      confirmedAt: payments.confirmedAt,
    })
    .from(parkingBillPayments)
    .innerJoin(payments, eq(payments.id, parkingBillPayments.paymentId))
    .where(
      and(
        inArray(parkingBillPayments.stayId, stayIds),
        inArray(payments.status, ["requested", "pending", "succeeded"]),
      ),
    )
    .orderBy(desc(payments.requestedAt));
  for (const row of rows) {
    if (views.has(row.stayId)) continue;
    const live = row.status !== "succeeded";
    const started = row.method === "agreement" ? row.requestedAt : row.confirmedAt;
    views.set(row.stayId, {
      method: row.method,
      provider,
      providerRef: row.providerRef,
      processingSince: live && started ? started.toISOString() : null,
      checkoutOpen: live && row.method === "one_off" && row.status === "pending" && !row.confirmedAt,
    });
  }
  return views;
}
