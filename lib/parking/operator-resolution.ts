import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { type SignedRequest, verifySignedJson } from "@/lib/http/signed-body";
import { requireSignedTarget } from "@/lib/http/signed-target";
import { type ResolutionResult, resolveDispute, SignedDisputeResolution } from "./resolve-dispute";

/**
 * The operator's signed resolution of a dispute (X-Timestamp / X-Signature with OPERATOR_SHARED_SECRET):
 * a bad or stale signature is a 401 before anything is read or changed, and a body naming another
 * dispute than the address is a 400 (a resolution captured for one dispute cannot waive another).
 */
export async function receiveDisputeResolution(
  db: Db,
  disputeId: string,
  signed: SignedRequest,
  now?: Date,
): Promise<ResolutionResult> {
  // The signature is judged by the real clock (the operator signs with its own); the dispute by serverNow().
  const { disputeId: named, ...input } = verifySignedJson(
    env().OPERATOR_SHARED_SECRET,
    signed,
    SignedDisputeResolution,
    now ?? new Date(),
  );
  requireSignedTarget("disputeId", named, disputeId);
  return resolveDispute(db, disputeId, input, now ?? serverNow());
}
