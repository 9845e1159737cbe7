import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { type DisputeOutcome, parkingDisputes, type RefundStatus, refunds } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

type DisputeRow = typeof parkingDisputes.$inferSelect;

export interface DisputeRefundView {
  amountFen: number;
  status: RefundStatus;
}

/** The idempotency key of the refund an upheld dispute gives: at most one per dispute. */
export function disputeRefundKey(disputeId: string): string {
  return `dispute:${disputeId}`;
}

/** The refund this dispute gave, if any. */
export async function disputeRefund(db: Db, disputeId: string): Promise<DisputeRefundView | null> {
  const [refund] = await db
    .select({ amountFen: refunds.amountFen, status: refunds.status })
    .from(refunds)
    .where(eq(refunds.idempotencyKey, disputeRefundKey(disputeId)));
  return refund ?? null;
}

/** A dispute as residents and the operator see it; the resolution fields appear once it is resolved. */
export interface DisputeView {
  id: string;
  sessionId: string;
  reason: DisputeRow["reason"];
  note: string;
  status: "open" | "resolved";
  createdAt: string;
  outcome?: DisputeOutcome;
  correctedFeeFen?: number;
  resolutionNote?: string;
  resolvedAt?: string;
  refund?: DisputeRefundView;
}

export function toDisputeView(row: DisputeRow, refund: DisputeRefundView | null = null): DisputeView {
  const view: DisputeView = {
    id: row.id,
    sessionId: row.stayId,
    reason: row.reason,
    note: row.note,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.status !== "resolved" || !row.outcome || !row.resolvedAt) return view;
  view.outcome = row.outcome;
  if (row.correctedFeeFen !== null) view.correctedFeeFen = row.correctedFeeFen;
  view.resolutionNote = row.resolutionNote ?? "";
  view.resolvedAt = row.resolvedAt.toISOString();
  if (refund) view.refund = refund;
  return view;
}

/** The latest dispute this user opened on each of these stays, by stay id. */
export async function latestDisputesOf(
  db: Db,
  userId: string,
  stayIds: string[],
): Promise<Map<string, DisputeView>> {
  if (stayIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([parkingDisputes.stayId], {
      dispute: parkingDisputes,
      refund: { amountFen: refunds.amountFen, status: refunds.status },
    })
    .from(parkingDisputes)
    .leftJoin(refunds, eq(refunds.idempotencyKey, sql`'dispute:' || ${parkingDisputes.id}::text`))
    .where(and(inArray(parkingDisputes.stayId, stayIds), eq(parkingDisputes.userId, userId)))
    .orderBy(parkingDisputes.stayId, desc(parkingDisputes.createdAt), desc(parkingDisputes.id));
  return new Map(rows.map(({ dispute, refund }) => [dispute.stayId, toDisputeView(dispute, refund)]));
}
