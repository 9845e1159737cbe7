import "server-only";
import type { Db } from "@/lib/db/types";
import type { PaymentProvider } from "@/lib/payments/provider";
import { requestRefunds } from "@/lib/payments/refunds";
import { sendDisputeNotices } from "./dispute-notices";
import type { ResolutionResult } from "./resolve-dispute";

/**
 * What follows a committed resolution, outside its transaction: send the refund to the provider and tell
 * the resident. Anything missed here is picked up by the refund retries and the notice sweep.
 */
export async function afterDisputeResolution(
  db: Db,
  provider: PaymentProvider,
  result: Pick<ResolutionResult, "dispute" | "refundId">,
): Promise<void> {
  try {
    if (result.refundId) await requestRefunds(db, provider, [result.refundId]);
    await sendDisputeNotices(db, { disputeIds: [result.dispute.id] });
  } catch (error) {
    console.error("[disputes] after resolution", error);
  }
}
