import { count, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { calendarEntries, calendarYears } from "@/lib/db/schema";
import { createTestDb } from "@/lib/testing/test-db";
import { fromShanghai } from "@/lib/time";
import { calendarCoverage, loadCalendar, refreshCalendar } from "./calendar-refresh";
import { calendarSnapshot, setCalendarSnapshot, shippedSnapshot } from "./calendar-snapshot";
import { listCalendarYears, readCalendarSnapshot, storeCalendarNotice } from "./calendar-store";
import { dayTypeOf } from "./day-type";
import { CalendarNotice } from "./notice-schema";
import { shippedNotices } from "./shipped-notices";

const IMPORTED_AT = new Date("2026-12-06T02:00:00Z");
let opened: OpenDb;

beforeAll(async () => {
  opened = await createTestDb();
});
afterEach(() => setCalendarSnapshot(shippedSnapshot()));
afterAll(() => opened.close());

async function rows(year: number) {
  const [entries] = await opened.db
    .select({ n: count() })
    .from(calendarEntries)
    .where(eq(calendarEntries.year, year));
  return entries?.n;
}

// A test notice for a year no real notice covers, so nothing here can be mistaken for official dates.
const TEST_YEAR_NOTICE = CalendarNotice.parse({
  year: 2031,
  source: {
    title: "test notice (not official)",
    url: "https://example.invalid/2031",
    published: "2030-11-01",
  },
  holidays: [{ nameZh: "测试节", nameEn: "Test Day", from: "2031-05-01", to: "2031-05-05" }],
  goldenWeeks: [{ nameZh: "测试黄金周", nameEn: "Test golden week", from: "2031-05-01", to: "2031-05-05" }],
  workdays: [{ date: "2031-04-27", forHoliday: "测试节" }],
});

describe("the holiday calendar in the database", () => {
  it("loads the shipped notices into an empty database once, and answers day types from them", async () => {
    await loadCalendar(opened.db, IMPORTED_AT);
    await loadCalendar(opened.db, new Date(IMPORTED_AT.getTime() + 60_000));
    const years = await listCalendarYears(opened.db);
    expect(years.map((y) => [y.year, y.publishedOn, y.importedAt.toISOString()])).toEqual([
      [2025, "2024-11-12", IMPORTED_AT.toISOString()],
      [2026, "2025-11-04", IMPORTED_AT.toISOString()],
    ]);
    expect(await rows(2026)).toBe(7 + 2 + 6);
    expect(calendarSnapshot().coverageEnds).toBe("2026-12-31");
    expect(dayTypeOf(fromShanghai("2026-10-03", "12:00"))).toMatchObject({
      dayType: "goldenWeek",
      covered: true,
    });
    expect(dayTypeOf(fromShanghai("2026-09-20", "12:00")).dayType).toBe("weekday");
  });

  it("answers like the shipped file: every date of 2025–2026", async () => {
    const fromDb = await readCalendarSnapshot(opened.db);
    const shipped = shippedSnapshot();
    expect([...fromDb.listed].sort()).toEqual([...shipped.listed].sort());
    expect([...fromDb.years].sort()).toEqual([...shipped.years].sort());
  });

  it("an import reaches a running process through the version, and covers the new year", async () => {
    await loadCalendar(opened.db, IMPORTED_AT);
    expect(await refreshCalendar(opened.db)).toBe(false);
    expect(dayTypeOf(fromShanghai("2031-05-03", "12:00"))).toEqual({ dayType: "weekend", covered: false });
    const stored = await storeCalendarNotice(opened.db, TEST_YEAR_NOTICE, IMPORTED_AT);
    expect(stored).toMatchObject({ year: 2031, replaced: false, holidays: 1, goldenWeeks: 1, workdays: 1 });
    expect(await refreshCalendar(opened.db)).toBe(true);
    expect(dayTypeOf(fromShanghai("2031-05-03", "12:00"))).toEqual({
      dayType: "goldenWeek",
      covered: true,
      holidayName: { zh: "测试节", en: "Test Day" },
    });
    expect(dayTypeOf(fromShanghai("2031-04-27", "12:00")).dayType).toBe("weekday");
  });

  it("re-importing a year replaces it whole", async () => {
    const shorter = { ...TEST_YEAR_NOTICE, goldenWeeks: [], workdays: [] };
    expect(await storeCalendarNotice(opened.db, shorter, IMPORTED_AT)).toMatchObject({ replaced: true });
    expect(await rows(2031)).toBe(1);
    await refreshCalendar(opened.db);
    expect(dayTypeOf(fromShanghai("2031-05-03", "12:00")).dayType).toBe("holiday");
    expect(dayTypeOf(fromShanghai("2031-04-27", "12:00")).dayType).toBe("weekend");
  });

  it("a failed import changes nothing (one transaction)", async () => {
    const duplicate = {
      ...TEST_YEAR_NOTICE,
      year: 2030,
      holidays: [TEST_YEAR_NOTICE.holidays[0]!, TEST_YEAR_NOTICE.holidays[0]!],
    };
    await expect(storeCalendarNotice(opened.db, duplicate, IMPORTED_AT)).rejects.toThrow();
    expect(await opened.db.select().from(calendarYears).where(eq(calendarYears.year, 2030))).toEqual([]);
  });

  it("warns the operator within 60 days of the end of coverage (by the server's date)", async () => {
    setCalendarSnapshot(shippedSnapshot());
    expect(calendarCoverage(fromShanghai("2026-10-31", "12:00"))).toMatchObject({
      daysLeft: 61,
      warn: false,
      warning: undefined,
    });
    expect(calendarCoverage(fromShanghai("2026-12-06", "12:00"))).toMatchObject({
      coverageEnds: "2026-12-31",
      daysLeft: 25,
      warn: true,
      warning: expect.stringContaining("npm run calendar:import"),
    });
  });
});

describe("shipped notices", () => {
  it("are the 2025 and 2026 notices only (2027 must come from its notice)", () => {
    expect(shippedNotices().map((n) => n.year)).toEqual([2025, 2026]);
  });
});
