import type { DayType } from "@/lib/citybrain/types";
import type { ScheduleRule } from "./data-schema";

/** A day's open periods, [open, close) in minutes after local midnight; empty when closed all day. */
export type Periods = ReadonlyArray<readonly [number, number]>;

const monthDay = (month: number, day: number) =>
  `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

function inSeason(rule: ScheduleRule, date: string): boolean {
  if (!rule.from || !rule.to) return true;
  // A season may run over New Year (e.g. 11-16 … 03-14).
  return rule.from <= rule.to ? date >= rule.from && date <= rule.to : date >= rule.from || date <= rule.to;
}

/** The first rule matching the date gives its hours (scripts/sandbox-data/opening-hours.mjs writes them). */
export function openPeriods(
  rules: readonly ScheduleRule[],
  day: { month: number; dayOfMonth: number; weekday: number },
  dayType: DayType,
): Periods {
  const date = monthDay(day.month, day.dayOfMonth);
  const publicHoliday = dayType === "holiday" || dayType === "goldenWeek";
  for (const rule of rules) {
    if (!inSeason(rule, date)) continue;
    if (rule.weekdays && !rule.weekdays.includes(day.weekday)) continue;
    if (rule.notOnHolidays && publicHoliday) continue;
    return rule.periods;
  }
  return [];
}

/** Minutes of [from, to) that fall inside the periods. */
export function openMinutes(periods: Periods, from: number, to: number): number {
  let minutes = 0;
  for (const [open, close] of periods) minutes += Math.max(0, Math.min(to, close) - Math.max(from, open));
  return minutes;
}

export function isOpenAt(periods: Periods, minute: number): boolean {
  return periods.some(([open, close]) => minute >= open && (minute < close || close === 1440));
}
