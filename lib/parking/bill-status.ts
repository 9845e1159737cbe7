import type { StayStatus } from "@/lib/db/schema/parking";
import { billState } from "@/lib/payments/bill-lifecycle";
import { fromShanghai, shanghaiDate } from "@/lib/time";

export type SessionStatus = "open" | "paid" | "due" | "overdue" | "disputed" | "flagged";

/** Stays longer than this are flagged for a person to check, never billed blindly. */
export const MAX_STAY_MS = 72 * 60 * 60 * 1000;

/** 24:00 (Asia/Shanghai) of the day `instant` falls on: when a bill that could not be debited is due. */
export function endOfShanghaiDay(instant: Date): Date {
  const midnight = fromShanghai(shanghaiDate(instant), "00:00");
  return new Date(midnight.getTime() + 24 * 60 * 60 * 1000);
}

/**
 * What a resident sees, computed from time: an unpaid bill is overdue from its due time whether or not a
 * job has run, and a stay still open after 72 h is flagged.
 */
export function sessionStatus(
  stay: { status: StayStatus; dueAt: Date | null; entryAt: Date | null },
  now: Date,
): SessionStatus {
  switch (stay.status) {
    case "unpaid":
      return billState({ closed: true, dueAt: stay.dueAt }, now) === "overdue" ? "overdue" : "due";
    case "open":
      return stay.entryAt && now.getTime() - stay.entryAt.getTime() > MAX_STAY_MS ? "flagged" : "open";
    default:
      return stay.status;
  }
}
