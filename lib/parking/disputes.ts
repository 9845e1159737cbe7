import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { DISPUTE_REASONS, parkingDisputes, parkingStays } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { type DisputeView, toDisputeView } from "./dispute-view";
import { getVisibleStayOrThrow } from "./visible-sessions";

/** A bill can be disputed until this long after the vehicle left. */
export const DISPUTE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export const DisputeInput = z.strictObject({
  reason: z.enum(DISPUTE_REASONS),
  note: z
    .string()
    .trim()
    .max(500)
    .refine((note) => !note.includes("\u0000"))
    .default(""),
});
export type DisputeInput = z.infer<typeof DisputeInput>;

/**
 * Opens a dispute on a stay the user can see, within 7 days of exit; one dispute per bill (none while one
 * is open or once one was reviewed). While open the bill is `disputed`: it is not chased as overdue and
 * does not suspend pay-later.
 */
export async function createDispute(
  db: Db,
  userId: string,
  stayId: string,
  input: DisputeInput,
  now = serverNow(),
): Promise<DisputeView> {
  await getVisibleStayOrThrow(db, userId, stayId);
  return db.transaction(async (tx) => {
    const [stay] = await tx.select().from(parkingStays).where(eq(parkingStays.id, stayId)).for("update");
    if (!stay!.exitAt) throw new AppError("conflict", "errors.parking.disputeNotClosed");
    if (now.getTime() - stay!.exitAt.getTime() > DISPUTE_WINDOW_MS) {
      throw new AppError("unprocessable", "errors.parking.disputeWindowClosed");
    }
    // The operator's decision is final here: a reviewed bill is not reopened by a second dispute.
    const [reviewed] = await tx
      .select({ id: parkingDisputes.id })
      .from(parkingDisputes)
      .where(and(eq(parkingDisputes.stayId, stayId), eq(parkingDisputes.status, "resolved")))
      .limit(1);
    if (reviewed) throw new AppError("conflict", "errors.parking.disputeReviewed");
    const [dispute] = await tx
      .insert(parkingDisputes)
      .values({ stayId, userId, ...input, previousStatus: stay!.status, createdAt: now })
      .onConflictDoNothing()
      .returning();
    if (!dispute) throw new AppError("conflict", "errors.parking.disputeOpen");
    await tx.update(parkingStays).set({ status: "disputed" }).where(eq(parkingStays.id, stayId));
    return toDisputeView(dispute);
  });
}
