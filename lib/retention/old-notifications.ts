import "server-only";
import { lt } from "drizzle-orm";
import { notifications } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type BatchOptions, deleteInBatches } from "./delete-in-batches";
import { DAY_MS } from "./periods";

/** Half a year of inbox: long enough to look a bill notice up again, short enough not to be an archive. */
export const NOTIFICATION_DAYS = 180;

/** Deletes inbox messages (read or not, delivered or not) older than 180 days. */
export function purgeOldNotifications(db: Db, now: Date, options?: BatchOptions): Promise<number> {
  const cutoff = new Date(now.getTime() - NOTIFICATION_DAYS * DAY_MS);
  return deleteInBatches(db, notifications, lt(notifications.createdAt, cutoff), options);
}
