import "server-only";
import type { Db } from "@/lib/db/types";
import { sendDisputeNotices } from "./dispute-notices";
import type { ResolutionResult } from "./resolve-dispute";

/**
 * What follows a committed resolution, outside its transaction: tell the resident. Anything missed here
 * is picked up by the notice sweep of the payment jobs.
 */
export async function afterDisputeResolution(db: Db, result: ResolutionResult): Promise<void> {
  try {
    await sendDisputeNotices(db, { disputeIds: [result.dispute.id] });
  } catch (error) {
    console.error("[disputes] after resolution", error);
  }
}
