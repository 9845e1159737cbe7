/**
 * One life for every bill the app collects (a parking stay's bill, a clinic visit's invoice):
 *
 *   open → due → processing → paid
 *               ↘ failed → overdue          (and any unpaid bill past its due time is overdue)
 *   disputed · waived · refunded            (set aside, let off, or given back)
 *
 * Computed from what is recorded, never stored: a bill is overdue from its due time whether or not a job ran.
 */
export const BILL_STATES = [
  "open",
  "due",
  "processing",
  "paid",
  "failed",
  "overdue",
  "disputed",
  "waived",
  "refunded",
] as const;
export type BillState = (typeof BILL_STATES)[number];

/** What a service records about one of its bills. */
export interface BillFacts {
  /** False while the amount is still growing (a car still parked, a visit still open). */
  closed: boolean;
  /** How the bill was settled, if it was. */
  settled?: "paid" | "waived" | "refunded" | null;
  /** A dispute is open: nothing is collected meanwhile. */
  disputed?: boolean;
  /** The latest collection: money on its way, or the last attempt refused. */
  collection?: "processing" | "failed" | null;
  /** When it must be paid by; null while no deadline is set. */
  dueAt: Date | null;
}

/** The state of a bill at `now`. */
export function billState(bill: BillFacts, now: Date): BillState {
  if (!bill.closed) return "open";
  if (bill.settled) return bill.settled;
  if (bill.disputed) return "disputed";
  if (bill.collection === "processing") return "processing";
  if (bill.dueAt && now.getTime() >= bill.dueAt.getTime()) return "overdue";
  if (bill.collection === "failed") return "failed";
  return "due";
}
