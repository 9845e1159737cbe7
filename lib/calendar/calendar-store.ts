import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { appSettings, calendarEntries, calendarYears } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { readSetting } from "@/lib/settings/app-settings";
import { buildSnapshot, type CalendarSnapshot, type CalendarYearData } from "./calendar-snapshot";
import type { CalendarNotice } from "./notice-schema";

/** Changes with every import; each app server reloads its snapshot when it sees a new one. */
export const CALENDAR_VERSION_KEY = "calendar.version";
// Any fixed number: one import (or start-up load) of the calendar at a time across app servers.
const CALENDAR_LOCK_KEY = 727_010;

export interface StoredYear {
  year: number;
  holidays: number;
  goldenWeeks: number;
  workdays: number;
  replaced: boolean;
}

function entryRows(notice: CalendarNotice) {
  return [
    ...notice.holidays.map((h) => ({
      kind: "holiday" as const,
      fromDate: h.from,
      toDate: h.to,
      nameZh: h.nameZh,
      nameEn: h.nameEn,
    })),
    ...notice.goldenWeeks.map((g) => ({
      kind: "goldenWeek" as const,
      fromDate: g.from,
      toDate: g.to,
      nameZh: g.nameZh,
      nameEn: g.nameEn,
    })),
    ...notice.workdays.map((w) => ({
      kind: "workday" as const,
      fromDate: w.date,
      toDate: w.date,
      nameZh: w.forHoliday,
      nameEn: null,
    })),
  ].map((row) => ({ ...row, year: notice.year }));
}

/**
 * Stores a validated notice in one transaction: a year already held is replaced whole (or, with
 * `onlyIfAbsent`, kept as it is). Bumps the calendar version so every app server reloads.
 */
export async function storeCalendarNotice(
  db: Db,
  notice: CalendarNotice,
  importedAt: Date,
  options: { onlyIfAbsent?: boolean } = {},
): Promise<StoredYear | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK_KEY})`);
    const existing = await tx
      .select({ year: calendarYears.year })
      .from(calendarYears)
      .where(eq(calendarYears.year, notice.year));
    if (existing.length > 0 && options.onlyIfAbsent) return null;
    await tx.delete(calendarYears).where(eq(calendarYears.year, notice.year));
    await tx.insert(calendarYears).values({
      year: notice.year,
      sourceTitle: notice.source.title,
      sourceDocumentNo: notice.source.documentNo ?? null,
      sourceUrl: notice.source.url,
      publishedOn: notice.source.published,
      importedAt,
    });
    await tx.insert(calendarEntries).values(entryRows(notice));
    const version = `${importedAt.toISOString()} ${randomUUID()}`;
    await tx
      .insert(appSettings)
      .values({ key: CALENDAR_VERSION_KEY, value: version })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: version } });
    return {
      year: notice.year,
      holidays: notice.holidays.length,
      goldenWeeks: notice.goldenWeeks.length,
      workdays: notice.workdays.length,
      replaced: existing.length > 0,
    };
  });
}

/** Loads the shipped notices into a database that lacks their years (idempotent; same path as an import). */
export async function loadShippedNotices(
  db: Db,
  notices: readonly CalendarNotice[],
  now: Date,
): Promise<number[]> {
  const loaded: number[] = [];
  for (const notice of notices) {
    if (await storeCalendarNotice(db, notice, now, { onlyIfAbsent: true })) loaded.push(notice.year);
  }
  return loaded;
}

/** The stored calendar's version, or undefined before anything was imported. */
export async function storedCalendarVersion(db: Db): Promise<string | undefined> {
  return readSetting<string>(db, CALENDAR_VERSION_KEY);
}

/** Every stored year as a snapshot a process answers day types from. */
export async function readCalendarSnapshot(db: Db): Promise<CalendarSnapshot> {
  const version = (await storedCalendarVersion(db)) ?? "empty";
  const [years, entries] = await Promise.all([
    db.select({ year: calendarYears.year }).from(calendarYears),
    db.select().from(calendarEntries).orderBy(asc(calendarEntries.fromDate)),
  ]);
  const byYear = new Map<number, CalendarYearData>(
    years.map(({ year }) => [year, { year, holidays: [], goldenWeeks: [], workdays: [] }]),
  );
  for (const entry of entries) {
    const data = byYear.get(entry.year);
    if (!data) continue;
    const range = {
      nameZh: entry.nameZh,
      nameEn: entry.nameEn ?? "",
      from: entry.fromDate,
      to: entry.toDate,
    };
    if (entry.kind === "holiday") data.holidays.push(range);
    else if (entry.kind === "goldenWeek") data.goldenWeeks.push(range);
    else data.workdays.push({ date: entry.fromDate });
  }
  return buildSnapshot(version, [...byYear.values()]);
}

/** The stored years with their sources, oldest first (for the operator's status and the import command). */
export async function listCalendarYears(db: Db) {
  return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
}
