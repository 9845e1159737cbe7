import type { DayTypeAnswer } from "@/lib/calendar/day-type";

/**
 * What a daytime fee line records about its day: the calendar's day type that priced it, and — when the
 * State Council notice for its year is not imported yet — that it was priced as a weekday/weekend day.
 */
export function calendarDayValues(day: DayTypeAnswer): Record<string, string> {
  return { dayType: day.dayType, ...(day.covered ? {} : { holidaySchedule: "unpublished" }) };
}

/** True when any line of a quote or bill was priced on a day whose holiday schedule is not yet published. */
export function holidayScheduleUnpublished(lines: readonly { values?: Record<string, unknown> }[]): boolean {
  return lines.some((line) => line.values?.holidaySchedule === "unpublished");
}
