import type { Locale } from "@/lib/i18n/config";
import { shanghaiDate, shanghaiParts } from "@/lib/time";
import { groupDigits } from "./group-digits";

// One style per language for everything the app prints, in Asia/Shanghai time, on a 24-hour clock:
// Chinese "12月6日 14:05", English "6 Dec 14:05"; the year only when it is not this year; durations as
// "2小时35分钟" / "2 h 35 min"; distances in metres below 1 km, then kilometres (never "1,000 m").

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Written out rather than asked of Intl (see SHANGHAI_OFFSET_MS): the words en-GB uses, "Sept" included.
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

const twoDigits = (n: number) => String(n).padStart(2, "0");

function dayMonth(year: number, month: number, day: number, locale: Locale, withYear: boolean): string {
  if (locale === "zh-CN") return `${withYear ? `${year}年` : ""}${month}月${day}日`;
  return `${day} ${MONTHS_EN[month - 1]}${withYear ? ` ${year}` : ""}`;
}

/** "14:05". */
export function formatTime(at: Date, _locale: Locale): string {
  const { hour, minute } = shanghaiParts(at);
  return `${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** "12月6日" / "6 Dec" (with the year when it is not `now`'s). */
export function formatDate(at: Date, locale: Locale, now: Date): string {
  const { year, month, day } = shanghaiParts(at);
  return dayMonth(year, month, day, locale, year !== shanghaiParts(now).year);
}

/** "12月6日 14:05" / "6 Dec 14:05" (with the year when it is not `now`'s). */
export function formatDateTime(at: Date, locale: Locale, now: Date): string {
  return `${formatDate(at, locale, now)} ${formatTime(at, locale)}`;
}

/** A data time ("as of"): "14:05" when it is from `now`'s day in Shanghai, with the date when older. */
export function formatAsOf(at: Date, locale: Locale, now: Date): string {
  return shanghaiDate(at) === shanghaiDate(now) ? formatTime(at, locale) : formatDateTime(at, locale, now);
}

/**
 * A calendar day given as YYYY-MM-DD (a Shanghai date) inside a line about one stay ("Daytime 12 Dec"), so without
 * the year; other text is returned as is.
 */
export function formatCalendarDay(day: string, locale: Locale): string {
  const match = ISO_DATE.exec(day);
  if (!match) return day;
  return dayMonth(Number(match[1]), Number(match[2]), Number(match[3]), locale, false);
}

/** "2小时35分钟" / "2 h 35 min"; "0分钟" / "0 min" for nothing. */
export function formatDuration(totalMinutes: number, locale: Locale): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (locale === "zh-CN") {
    if (hours === 0) return `${rest}分钟`;
    return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分钟`;
  }
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "850 m" / "850米" to the nearest 10 m, then "1.2 km" / "1.2公里". */
export function formatDistance(metres: number, locale: Locale): string {
  const rounded = Math.round(metres / 10) * 10;
  if (rounded < 1000) return locale === "zh-CN" ? `${rounded}米` : `${rounded} m`;
  const km = groupDigits(Math.round(metres / 100) / 10);
  return locale === "zh-CN" ? `${km}公里` : `${km} km`;
}
