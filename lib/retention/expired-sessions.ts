import "server-only";
import { lt } from "drizzle-orm";
import { sessions } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type BatchOptions, deleteInBatches } from "./delete-in-batches";
import { DAY_MS } from "./periods";

/** Kept a while after expiry, so "signed out because the session expired" can still be investigated. */
export const EXPIRED_SESSION_DAYS = 30;

/** Deletes sessions that expired more than 30 days ago. */
export function purgeExpiredSessions(db: Db, now: Date, options?: BatchOptions): Promise<number> {
  const cutoff = new Date(now.getTime() - EXPIRED_SESSION_DAYS * DAY_MS);
  return deleteInBatches(db, sessions, lt(sessions.expiresAt, cutoff), options);
}
