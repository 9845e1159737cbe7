import type { DayType, LocalizedText } from "@/lib/citybrain/types";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import { type CalendarSnapshot, calendarSnapshot } from "./calendar-snapshot";

export interface DayTypeAnswer {
  dayType: DayType;
  /** False when the date's year is not in the State Council notices we hold (the day of week decides). */
  covered: boolean;
  /** The public holiday the date belongs to (holidays and golden weeks only). */
  holidayName?: LocalizedText;
}

/**
 * Whether a date counts as a weekday, weekend, public holiday or golden-week day, on the Hangzhou calendar.
 * Answered from this process's snapshot of the imported notices (synchronous and cheap for tariff code).
 */
export function dayTypeOf(at: Date, snapshot: CalendarSnapshot = calendarSnapshot()): DayTypeAnswer {
  const date = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  const covered = snapshot.years.has(Number(date.slice(0, 4)));
  const entry = covered ? snapshot.listed.get(date) : undefined;
  if (entry) return { ...entry, covered };
  const dayOfWeek = new Date(`${date}T00:00:00Z`).getUTCDay();
  return { dayType: dayOfWeek === 0 || dayOfWeek === 6 ? "weekend" : "weekday", covered };
}
