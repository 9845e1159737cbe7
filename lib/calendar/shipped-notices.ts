import shipped from "./data/cn-public-holidays.json";
import { CalendarNotice } from "./notice-schema";

/**
 * The State Council notices the app ships with (lib/calendar/data, 2025–2026), in the import format. They
 * go through the same validation as an operator's file, and are loaded into an empty database at start.
 */
export function shippedNotices(): CalendarNotice[] {
  return Object.entries(shipped.years).map(([year, entry]) => {
    const source = shipped.meta.source[year as keyof typeof shipped.meta.source];
    const workdayFor = entry.workday_for as Record<string, string>;
    return CalendarNotice.parse({
      year: Number(year),
      source: {
        title: source.title,
        documentNo: source.document_no,
        url: source.official_url,
        published: source.issued,
      },
      holidays: entry.holidays.map((h) => ({ nameZh: h.name_zh, nameEn: h.name_en, from: h.from, to: h.to })),
      goldenWeeks: entry.golden_weeks.map((g) => ({
        nameZh: g.name_zh,
        nameEn: g.name_en,
        from: g.from,
        to: g.to,
      })),
      workdays: entry.workdays.map((date) => ({ date, forHoliday: workdayFor[date] ?? "" })),
    });
  });
}
