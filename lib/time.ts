import { cachedIntl } from "@/lib/format/intl-cache";
import { TIME_ZONE } from "@/lib/i18n/config";

/**
 * Asia/Shanghai's offset from UTC. China has kept it without daylight saving since its last summer time ended
 * on 1991-09-15 (tz database, Asia/Shanghai), so the wall clock of any later instant is arithmetic: far cheaper
 * than Intl, whose first time-zone formatter is a long task on a phone while a page starts.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const FIXED_OFFSET_FROM = Date.UTC(1991, 8, 15);

const parts = () =>
  cachedIntl(
    "shanghai-parts",
    () =>
      new Intl.DateTimeFormat("en-CA", {
        timeZone: TIME_ZONE,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      }),
  );

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsFromIntl(instant: Date): WallClock {
  const map = Object.fromEntries(
    parts()
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(map.year),
    month: Number(map.month),
    day: Number(map.day),
    hour: Number(map.hour),
    minute: Number(map.minute),
    second: Number(map.second),
  };
}

/** Wall-clock fields of an instant in Asia/Shanghai (rules such as tariffs and due dates use these). */
export function shanghaiParts(instant: Date): WallClock {
  if (instant.getTime() < FIXED_OFFSET_FROM) return partsFromIntl(instant);
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** "2026-11-23" — the calendar date in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  const { year, month, day } = shanghaiParts(instant);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "14:05" — the wall-clock time in Asia/Shanghai, 24-hour. */
export function shanghaiTime(instant: Date): string {
  const { hour, minute } = shanghaiParts(instant);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The instant of a wall-clock time in Asia/Shanghai (UTC+8, no daylight saving since 1991). */
export function fromShanghai(date: string, time = "00:00"): Date {
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}
