import { type Locale, TIME_ZONE } from "@/lib/i18n/config";
import { cachedIntl } from "./intl-cache";

// One style per language for everything the app prints, in Asia/Shanghai time, on a 24-hour clock:
// Chinese "12月6日 14:05", English "6 Dec 14:05"; the year only when it is not this year; durations as
// "2小时35分钟" / "2 h 35 min"; distances in metres below 1 km, then kilometres (never "1,000 m").

const INTL_LOCALE: Record<Locale, string> = { "zh-CN": "zh-CN", en: "en-GB" };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayOf = () =>
  cachedIntl("day", () => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, dateStyle: "short" }));
const yearOf = () =>
  cachedIntl("year", () => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric" }));

type Style = "time" | "dayMonth" | "dayMonthYear";
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  time: { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  dayMonth: { timeZone: TIME_ZONE, month: "short", day: "numeric" },
  dayMonthYear: { timeZone: TIME_ZONE, month: "short", day: "numeric", year: "numeric" },
};

// Lists format a line per lot or bill: one formatter per style and language.
const formatter = (style: Style, locale: Locale) =>
  cachedIntl(`${style}:${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], OPTIONS[style]));
const kilometres = (locale: Locale) =>
  cachedIntl(`km:${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }));

/** "14:05". */
export function formatTime(at: Date, locale: Locale): string {
  return formatter("time", locale).format(at);
}

/** "12月6日" / "6 Dec" (with the year when it is not `now`'s). */
export function formatDate(at: Date, locale: Locale, now: Date): string {
  const sameYear = yearOf().format(at) === yearOf().format(now);
  return formatter(sameYear ? "dayMonth" : "dayMonthYear", locale).format(at);
}

/** "12月6日 14:05" / "6 Dec 14:05" (with the year when it is not `now`'s). */
export function formatDateTime(at: Date, locale: Locale, now: Date): string {
  return `${formatDate(at, locale, now)} ${formatTime(at, locale)}`;
}

/** A data time ("as of"): "14:05" when it is from `now`'s day in Shanghai, with the date when older. */
export function formatAsOf(at: Date, locale: Locale, now: Date): string {
  return dayOf().format(at) === dayOf().format(now)
    ? formatTime(at, locale)
    : formatDateTime(at, locale, now);
}

/**
 * A calendar day given as YYYY-MM-DD (a Shanghai date) inside a line about one stay ("Daytime 12 Dec"), so without
 * the year; other text is returned as is.
 */
export function formatCalendarDay(day: string, locale: Locale): string {
  if (!ISO_DATE.test(day)) return day;
  // Noon Shanghai time is the same calendar day in any rendering.
  return formatter("dayMonth", locale).format(new Date(`${day}T12:00:00+08:00`));
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
  const km = kilometres(locale).format(Math.round(metres / 100) / 10);
  return locale === "zh-CN" ? `${km}公里` : `${km} km`;
}
