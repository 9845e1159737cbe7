import "server-only";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { type SignedRequest, verifySignedJson } from "@/lib/http/signed-body";
import { DisputeResolution, type ResolutionResult, resolveDispute } from "./resolve-dispute";

/**
 * The operator's signed resolution of a dispute (X-Timestamp / X-Signature with OPERATOR_SHARED_SECRET):
 * a bad or stale signature is a 401 before anything is read or changed.
 */
export async function receiveDisputeResolution(
  db: Db,
  disputeId: string,
  signed: SignedRequest,
  now = new Date(),
): Promise<ResolutionResult> {
  const input = verifySignedJson(env().OPERATOR_SHARED_SECRET, signed, DisputeResolution, now);
  return resolveDispute(db, disputeId, input, now);
}
