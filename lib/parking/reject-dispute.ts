import "server-only";
import { eq } from "drizzle-orm";
import { parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { dueAfterDispute } from "./dispute-due-time";

type StayRow = typeof parkingStays.$inferSelect;

/**
 * A rejected dispute (inside the resolving transaction, stay row locked): the bill goes back to the status
 * it had before; one still to be paid is due no earlier than 24:00 of today.
 */
export async function applyRejectedDispute(
  tx: Db,
  stay: StayRow,
  dispute: { previousStatus: StayRow["status"] },
  now: Date,
): Promise<void> {
  const status = dispute.previousStatus;
  await tx
    .update(parkingStays)
    .set({ status, ...(status === "unpaid" ? { dueAt: dueAfterDispute(stay.dueAt, now) } : {}) })
    .where(eq(parkingStays.id, stay.id));
}
