import "server-only";
import { and, isNotNull, lt } from "drizzle-orm";
import { paymentCallbacks, paymentOutbox } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { type BatchOptions, deleteInBatches } from "./delete-in-batches";
import { DAY_MS } from "./periods";

export const DELIVERED_OUTBOX_DAYS = 30;

/**
 * Deletes callbacks delivered more than 30 days ago (undelivered ones are never touched) and the record of
 * callbacks received as long ago: a replay that old fails its signature's timestamp check anyway, and the
 * payment it names is settled, so the record no longer guards anything.
 */
export async function purgeDeliveredOutbox(db: Db, now: Date, options?: BatchOptions): Promise<number> {
  const cutoff = new Date(now.getTime() - DELIVERED_OUTBOX_DAYS * DAY_MS);
  const delivered = await deleteInBatches(
    db,
    paymentOutbox,
    and(isNotNull(paymentOutbox.deliveredAt), lt(paymentOutbox.deliveredAt, cutoff))!,
    options,
  );
  const received = await deleteInBatches(
    db,
    paymentCallbacks,
    lt(paymentCallbacks.receivedAt, cutoff),
    options,
  );
  return delivered + received;
}
