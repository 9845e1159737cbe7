import { calendarSnapshot } from "@/lib/calendar/calendar-snapshot";
import { dayTypeOf } from "@/lib/calendar/day-type";
import type { DayType } from "@/lib/citybrain/types";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";

// Asia/Shanghai keeps UTC+8 (lib/time.ts), so slot arithmetic can stay integer.
export { SHANGHAI_OFFSET_MS };
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function floorTo(ms: number, step: number): number {
  return Math.floor(ms / step) * step;
}

/** Days since 1970-01-01 on the Hangzhou calendar. */
export function localDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** Minutes after local midnight, 0…1439.99. */
export function localMinute(ms: number): number {
  const local = ms + SHANGHAI_OFFSET_MS;
  return (local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS;
}

/** Calendar fields of a local day number (month 1–12, weekday 0 = Sunday). */
export function localDate(day: number): { month: number; dayOfMonth: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** Day types by local day number, asked of lib/calendar once per day (and again after an import). */
export class DayTypeCache {
  private readonly days = new Map<number, DayType>();
  private version = "";

  of(day: number): DayType {
    const { version } = calendarSnapshot();
    if (version !== this.version) {
      this.days.clear();
      this.version = version;
    }
    let dayType = this.days.get(day);
    if (dayType === undefined) {
      if (this.days.size > 1_000) this.days.clear();
      dayType = dayTypeOf(new Date(day * DAY_MS - SHANGHAI_OFFSET_MS + 12 * HOUR_MS)).dayType;
      this.days.set(day, dayType);
    }
    return dayType;
  }
}
