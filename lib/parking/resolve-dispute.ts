import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { parkingDisputes, parkingStays, payments } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { billSubject } from "./bill-payment-link";
import { type DisputeView, disputeRefund, toDisputeView } from "./dispute-view";
import { applyRejectedDispute } from "./reject-dispute";
import { applyUpheldDispute, type UpheldEffect } from "./uphold-dispute";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ResolutionNote = z
  .string()
  .trim()
  .max(500)
  .refine((note) => !note.includes("\u0000"));

const Upheld = z.strictObject({
  decision: z.literal("upheld"),
  correctedFeeFen: z.number().int().min(0).max(100_000_000).default(0),
  note: ResolutionNote,
});
const Rejected = z.strictObject({ decision: z.literal("rejected"), note: ResolutionNote });

/** The operator's decision on a dispute: upheld (optionally with a corrected fee; 0 = waived) or rejected. */
export const DisputeResolution = z.discriminatedUnion("decision", [Upheld, Rejected]);
export type DisputeResolution = z.infer<typeof DisputeResolution>;

/** The signed body of a resolution: the decision and the dispute it is for, so it cannot be aimed at another. */
export const SignedDisputeResolution = z.discriminatedUnion("decision", [
  Upheld.extend({ disputeId: z.string().min(1).max(100) }),
  Rejected.extend({ disputeId: z.string().min(1).max(100) }),
]);

export interface ResolutionResult {
  dispute: DisputeView;
  /** False when this exact resolution had been applied before: nothing changed. */
  applied: boolean;
  /** The refund to send to the provider once committed (upheld on a bill already paid). */
  refundId: UpheldEffect["refundId"];
}

/**
 * Resolves an open dispute in one transaction, the stay row locked, so two resolutions at once apply
 * exactly one. The same resolution again answers as before (idempotent); a different one is a 409.
 */
export async function resolveDispute(
  db: Db,
  disputeId: string,
  input: DisputeResolution,
  now = serverNow(),
): Promise<ResolutionResult> {
  if (!UUID.test(disputeId)) throw new AppError("not_found", "errors.parking.disputeNotFound");
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ stayId: parkingDisputes.stayId })
      .from(parkingDisputes)
      .where(eq(parkingDisputes.id, disputeId));
    if (!found) throw new AppError("not_found", "errors.parking.disputeNotFound");
    // Every change to a dispute happens under its stay's lock: read it again once the lock is held.
    const [stay] = await tx
      .select()
      .from(parkingStays)
      .where(eq(parkingStays.id, found.stayId))
      .for("update");
    const [dispute] = await tx.select().from(parkingDisputes).where(eq(parkingDisputes.id, disputeId));
    if (!stay || !dispute) throw new AppError("not_found", "errors.parking.disputeNotFound");

    if (dispute.status === "resolved") {
      if (!sameResolution(dispute, input)) throw new AppError("conflict", "errors.parking.disputeResolved");
      return {
        dispute: toDisputeView(dispute, await disputeRefund(tx, dispute.id)),
        applied: false,
        refundId: null,
      };
    }

    let refundId: UpheldEffect["refundId"] = null;
    if (input.decision === "upheld") {
      const feeFen = stay.feeFen ?? 0;
      if (input.correctedFeeFen > feeFen) {
        throw new AppError("unprocessable", "errors.parking.correctedFeeTooHigh", {
          values: { correctedFeeFen: input.correctedFeeFen, feeFen },
        });
      }
      // A debit still under way would collect the old amount after the fee changed: settle it first.
      const [inFlight] = await tx
        .select({ id: payments.id })
        .from(payments)
        .where(
          and(eq(payments.subject, billSubject(stay.id)), inArray(payments.status, ["requested", "pending"])),
        )
        .limit(1);
      if (inFlight) throw new AppError("conflict", "errors.parking.disputePaymentPending");
      ({ refundId } = await applyUpheldDispute(tx, stay, dispute, input.correctedFeeFen, now));
    } else {
      await applyRejectedDispute(tx, stay, dispute, now);
    }

    const [resolved] = await tx
      .update(parkingDisputes)
      .set({
        status: "resolved",
        outcome: input.decision,
        correctedFeeFen: input.decision === "upheld" ? input.correctedFeeFen : null,
        resolutionNote: input.note,
        resolvedAt: now,
      })
      .where(eq(parkingDisputes.id, disputeId))
      .returning();
    return {
      dispute: toDisputeView(resolved!, await disputeRefund(tx, disputeId)),
      applied: true,
      refundId,
    };
  });
}

function sameResolution(dispute: typeof parkingDisputes.$inferSelect, input: DisputeResolution): boolean {
  const corrected = input.decision === "upheld" ? input.correctedFeeFen : null;
  return (
    dispute.outcome === input.decision &&
    dispute.correctedFeeFen === corrected &&
    dispute.resolutionNote === input.note
  );
}
