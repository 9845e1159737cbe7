/** `processing`: money is being taken (a debit sent, or a one-off payment confirmed at checkout). */
export type BillStatus = "open" | "paid" | "due" | "overdue" | "processing" | "disputed" | "flagged";

/** How the bill's money is (or was) taken: mirrors lib/parking/bill-payments.ts. */
export interface BillPaymentView {
  method: "agreement" | "one_off";
  provider: string;
  providerRef: string | null;
  processingSince: string | null;
  checkoutOpen: boolean;
}

export interface FeeLineView {
  labelKey: string;
  values?: Record<string, string | number>;
  amountFen: number;
}

export interface BillDisputeView {
  id: string;
  reason: "not_my_car" | "wrong_times" | "other";
  note: string;
  status: "open" | "resolved";
  createdAt: string;
  outcome?: "upheld" | "rejected";
  correctedFeeFen?: number;
  resolutionNote?: string;
  resolvedAt?: string;
  refund?: { amountFen: number; status: "requested" | "pending" | "succeeded" | "failed" };
}

export interface BillView {
  id: string;
  lotId: string;
  lotName: string;
  plate: string;
  entryAt: string | null;
  exitAt: string | null;
  feeFen: number | null;
  status: BillStatus;
  breakdown: FeeLineView[];
  paidAt: string | null;
  dispute: BillDisputeView | null;
  /** Absent in answers cached before it existed. */
  payment?: BillPaymentView | null;
  /** The e-invoice once issued (absent in answers cached before it existed). */
  invoice?: {
    number: string;
    issuedAt: string;
    title: string;
    taxNumber: string | null;
    amountFen: number;
  } | null;
}

/** Mirrors lib/parking/disputes.ts: disputes are accepted until 7 days after leaving. */
const DISPUTE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Whole hours and minutes between entry and exit (null while still parked or when a time is missing). */
export function stayDuration(
  entryAt: string | null,
  exitAt: string | null,
): { hours: number; minutes: number } | null {
  if (!entryAt || !exitAt) return null;
  const total = Math.max(0, Math.floor((Date.parse(exitAt) - Date.parse(entryAt)) / 60_000));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** A bill is disputed once: within 7 days of leaving, and not again after its dispute was reviewed. */
export function canDispute(
  bill: Pick<BillView, "status" | "exitAt"> & { dispute?: BillView["dispute"] },
  now: Date,
): boolean {
  if (!bill.exitAt || bill.status === "disputed" || bill.status === "open" || bill.dispute) return false;
  return now.getTime() - Date.parse(bill.exitAt) <= DISPUTE_WINDOW_MS;
}

export function canPay(bill: Pick<BillView, "status">): boolean {
  return bill.status === "due" || bill.status === "overdue";
}

/** Badge colours per status: each pair keeps 4.5:1 contrast in light and dark mode. */
export const STATUS_TONE: Record<BillStatus, string> = {
  paid: "border-green-800 text-green-900 dark:border-green-300 dark:text-green-200",
  due: "border-amber-800 text-amber-900 dark:border-amber-300 dark:text-amber-200",
  processing: "border-blue-800 text-blue-900 dark:border-blue-300 dark:text-blue-200",
  overdue: "border-red-700 bg-red-50 text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200",
  disputed: "border-violet-800 text-violet-900 dark:border-violet-300 dark:text-violet-200",
  flagged: "border-slate-700 text-slate-800 dark:border-slate-300 dark:text-slate-200",
  open: "border-sky-800 text-sky-900 dark:border-sky-300 dark:text-sky-200",
};

/** Mirrors lib/parking/calendar-day-values.ts: a line priced past the imported holiday notices says so. */
export function holidayScheduleUnpublished(lines: readonly FeeLineView[]): boolean {
  return lines.some((line) => line.values?.holidaySchedule === "unpublished");
}
