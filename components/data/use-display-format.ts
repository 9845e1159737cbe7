"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import {
  formatAsOf,
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatDistance,
  formatDuration,
  formatTime,
} from "@/lib/format/display";
import type { Locale } from "@/lib/i18n/config";
import { type Fen, formatFen } from "@/lib/money";

/** The one way this app prints money, times, dates, durations and distances in the page's language. */
export function useDisplayFormat() {
  const locale = useLocale() as Locale;
  return useMemo(
    () => ({
      locale,
      money: (fen: number) => formatFen(fen as Fen, locale),
      time: (iso: string) => formatTime(new Date(iso), locale),
      date: (iso: string) => formatDate(new Date(iso), locale, new Date()),
      dateTime: (iso: string) => formatDateTime(new Date(iso), locale, new Date()),
      /** A data time: HH:mm when it is from today, with the date when older. */
      asOf: (at: Date) => formatAsOf(at, locale, new Date()),
      calendarDay: (day: string) => formatCalendarDay(day, locale),
      duration: (minutes: number) => formatDuration(minutes, locale),
      distance: (metres: number) => formatDistance(metres, locale),
    }),
    [locale],
  );
}
