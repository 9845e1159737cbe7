import "server-only";
import type { Db } from "@/lib/db/types";
import { requestDebits } from "@/lib/payments/debit-bill";
import type { PaymentProvider } from "@/lib/payments/provider";
import { sendBillNotices } from "./bill-notices";

/**
 * What follows a committed billing transaction, outside it: send the debits to the provider and tell
 * owners about bills that fell due. Anything missed here is picked up by the payment jobs.
 */
export async function afterBilling(
  db: Db,
  provider: PaymentProvider,
  billed: { paymentIds: string[]; billedStayIds: string[] },
): Promise<void> {
  try {
    await requestDebits(db, provider, billed.paymentIds);
    await sendBillNotices(db, { stayIds: billed.billedStayIds });
  } catch (error) {
    console.error("[payments] after billing", error);
  }
}
