import "server-only";
import { lt } from "drizzle-orm";
import { rateLimitHits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { MAX_RATE_LIMIT_WINDOW_SECONDS } from "@/lib/rate-limit/window";
import { type BatchOptions, deleteInBatches } from "./delete-in-batches";

/**
 * Deletes hits older than the longest window any rule may have. Requests sweep their own bucket now and
 * then; this catches buckets nobody asks any more.
 */
export function purgeStaleRateLimitHits(db: Db, now: Date, options?: BatchOptions): Promise<number> {
  const cutoff = new Date(now.getTime() - MAX_RATE_LIMIT_WINDOW_SECONDS * 1000);
  return deleteInBatches(db, rateLimitHits, lt(rateLimitHits.at, cutoff), options);
}
