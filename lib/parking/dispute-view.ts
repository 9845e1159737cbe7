import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { type DisputeOutcome, parkingDisputes } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

type DisputeRow = typeof parkingDisputes.$inferSelect;

export interface DisputeRefundView {
  amountFen: number;
  status: string;
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
    .selectDistinctOn([parkingDisputes.stayId])
    .from(parkingDisputes)
    .where(and(inArray(parkingDisputes.stayId, stayIds), eq(parkingDisputes.userId, userId)))
    .orderBy(parkingDisputes.stayId, desc(parkingDisputes.createdAt), desc(parkingDisputes.id));
  return new Map(rows.map((row) => [row.stayId, toDisputeView(row)]));
}
