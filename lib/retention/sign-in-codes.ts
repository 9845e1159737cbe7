import "server-only";
import { lt } from "drizzle-orm";
import { otpChallenges } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type BatchOptions, deleteInBatches } from "./delete-in-batches";
import { DAY_MS } from "./periods";

/** A code lives 5 minutes; a day covers every check that reads codes (latest per phone, per-day counts). */
export const SIGN_IN_CODE_DAYS = 1;

/** Deletes sign-in codes (with the phone and address that asked) a day after they were requested. */
export function purgeSignInCodes(db: Db, now: Date, options?: BatchOptions): Promise<number> {
  const cutoff = new Date(now.getTime() - SIGN_IN_CODE_DAYS * DAY_MS);
  return deleteInBatches(db, otpChallenges, lt(otpChallenges.createdAt, cutoff), options);
}
