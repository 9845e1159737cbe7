import type { DayType, LocalizedText } from "@/lib/citybrain/types";
import { type CalendarNotice, datesBetween } from "./notice-schema";
import { shippedNotices } from "./shipped-notices";

/** What a calendar year holds for day types (a stored year or a notice). */
export type CalendarYearData = Pick<CalendarNotice, "year" | "holidays" | "goldenWeeks"> & {
  workdays: { date: string }[];
};

interface Listed {
  dayType: DayType;
  holidayName?: LocalizedText;
}

/** The calendar as one process answers it: every listed date of the years it holds. */
export interface CalendarSnapshot {
  /** Changes with every import (app_settings `calendar.version`); "shipped" before the database is read. */
  version: string;
  years: ReadonlySet<number>;
  listed: ReadonlyMap<string, Listed>;
  /** The last date the notices cover (31 December of the last year), or null with no year at all. */
  coverageEnds: string | null;
}

/**
 * Golden week = the golden-week ranges of the notice; other days off = holiday; 调休 working days = weekday.
 */
export function buildSnapshot(version: string, years: readonly CalendarYearData[]): CalendarSnapshot {
  const listed = new Map<string, Listed>();
  const held = new Set<number>();
  for (const entry of years) {
    held.add(entry.year);
    const goldenWeekDates = new Set(entry.goldenWeeks.flatMap((g) => datesBetween(g.from, g.to)));
    for (const holiday of entry.holidays) {
      const holidayName = { zh: holiday.nameZh, en: holiday.nameEn };
      for (const date of datesBetween(holiday.from, holiday.to)) {
        listed.set(date, { dayType: goldenWeekDates.has(date) ? "goldenWeek" : "holiday", holidayName });
      }
    }
    for (const { date } of entry.workdays) listed.set(date, { dayType: "weekday" });
  }
  const last = held.size > 0 ? Math.max(...held) : null;
  return { version, years: held, listed, coverageEnds: last === null ? null : `${last}-12-31` };
}

// On globalThis: Next may load this module once per bundle, and all of them must answer alike.
const SNAPSHOT_KEY = Symbol.for("citybrain.calendarSnapshot");
type SnapshotGlobal = typeof globalThis & { [SNAPSHOT_KEY]?: CalendarSnapshot };

/** The shipped notices, until the database's calendar has been read. */
export function shippedSnapshot(): CalendarSnapshot {
  return buildSnapshot("shipped", shippedNotices());
}

/** This process's calendar. */
export function calendarSnapshot(): CalendarSnapshot {
  const store = globalThis as SnapshotGlobal;
  store[SNAPSHOT_KEY] ??= shippedSnapshot();
  return store[SNAPSHOT_KEY];
}

/** Replaces this process's calendar (after reading the database, or in a test). */
export function setCalendarSnapshot(snapshot: CalendarSnapshot): void {
  (globalThis as SnapshotGlobal)[SNAPSHOT_KEY] = snapshot;
}
