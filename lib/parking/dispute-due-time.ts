import { endOfShanghaiDay } from "./bill-status";

/**
 * When a bill that still has to be paid is due after its dispute is resolved: never before 24:00
 * (Asia/Shanghai) of the day of the resolution, so the time the review took cannot make it overdue.
 */
export function dueAfterDispute(dueAt: Date | null, resolvedAt: Date): Date {
  const earliest = endOfShanghaiDay(resolvedAt);
  return dueAt && dueAt.getTime() > earliest.getTime() ? dueAt : earliest;
}
