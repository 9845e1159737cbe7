import { dayTypeOf } from "@/lib/calendar/day-type";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import type { SameKind } from "./features";
import { DAY_MS } from "./series";

/** Local wall-clock ms in Asia/Shanghai (UTC+8, no daylight saving) of a UTC instant. */
export function shanghaiLocalMs(instant: Date): number {
  return instant.getTime() + SHANGHAI_OFFSET_MS;
}

function isWeekendDay(localMs: number): boolean {
  const day = new Date(localMs).getUTCDay();
  return day === 0 || day === 6;
}

/** Saturdays and Sundays against the other days (the Birmingham file has no holiday in its span). */
export const sameWeekPart: SameKind = (a, b) => isWeekendDay(a) === isWeekendDay(b);

/**
 * Hangzhou working days against days off (weekends, public holidays and golden weeks, from the State
 * Council notices in lib/calendar), so a 调休 Sunday counts as a working day.
 */
export function hangzhouSameKind(): SameKind {
  const cache = new Map<number, boolean>();
  const isDayOff = (localMs: number) => {
    const day = Math.floor(localMs / DAY_MS);
    let off = cache.get(day);
    if (off === undefined) {
      off = dayTypeOf(new Date(day * DAY_MS + DAY_MS / 2 - SHANGHAI_OFFSET_MS)).dayType !== "weekday";
      cache.set(day, off);
    }
    return off;
  };
  return (a, b) => isDayOff(a) === isDayOff(b);
}
