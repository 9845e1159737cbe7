import "server-only";
import { count, eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { parkingBillPayments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { CheckoutReturnTo } from "@/lib/payments/debit-bill";
import { type PaymentView, payByHand, paymentOfSubject } from "@/lib/payments/pay-by-hand";
import type { PaymentProvider } from "@/lib/payments/provider";
import { billDescription, billSubject, linkBillPayments, PARKING_BILL_PURPOSE } from "./bill-payment-link";
import { getVisibleStayOrThrow } from "./visible-sessions";

export type { PaymentView };

/** Who a parking bill's one-off payment names as paid, at the provider's checkout. */
export const PARKING_PAYEE = "杭州城市大脑 · 停车 / Hangzhou City Brain Parking";

/**
 * Pays a due or overdue bill the user can see (lib/payments/pay-by-hand.ts: under the agreement at once, or a
 * one-off checkout); a disputed bill is refused, and a paid bill answers its payment.
 */
export async function payBill(
  db: Db,
  provider: PaymentProvider,
  userId: string,
  stayId: string,
  options: { checkout: CheckoutReturnTo; now?: Date },
): Promise<PaymentView | null> {
  const now = options.now ?? serverNow();
  const stay = await getVisibleStayOrThrow(db, userId, stayId);
  if (stay.status === "paid") return paymentOfSubject(db, billSubject(stayId));
  if (stay.status === "disputed") throw new AppError("conflict", "errors.parking.billDisputed");
  if (stay.status !== "unpaid") throw new AppError("conflict", "errors.parking.billNotPayable");
  return payByHand(
    db,
    provider,
    userId,
    {
      purpose: PARKING_BILL_PURPOSE,
      subject: billSubject(stayId),
      description: billDescription(stay.plate, stay.lotId),
      amountFen: stay.feeFen!,
      nextKey: async (tx) => {
        const [{ attempts }] = (await tx
          .select({ attempts: count() })
          .from(parkingBillPayments)
          .where(eq(parkingBillPayments.stayId, stayId))) as [{ attempts: number }];
        return `${stayId}:manual:${attempts + 1}`;
      },
      link: (tx, paymentId) => linkBillPayments(tx, [{ paymentId, stayId }]),
    },
    {
      checkout: options.checkout,
      now,
      inProgressKey: "errors.parking.paymentInProgress",
      unavailableKey: "errors.parking.providerUnavailable",
    },
  );
}
