import { date, foreignKey, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** One State Council holiday notice per year, as an operator imported it (lib/calendar, README operator section). */
export const calendarYears = pgTable("calendar_years", {
  year: integer("year").primaryKey(),
  sourceTitle: text("source_title").notNull(),
  sourceDocumentNo: text("source_document_no"),
  sourceUrl: text("source_url").notNull(),
  publishedOn: date("published_on", { mode: "string" }).notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
});

export const CALENDAR_ENTRY_KINDS = ["holiday", "goldenWeek", "workday"] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

/**
 * The dated entries of a year's notice: holiday ranges (days off), golden weeks (inside holidays) and 调休
 * working days (one date each; `name_zh` is the holiday they make up for). Replaced with their year.
 */
export const calendarEntries = pgTable(
  "calendar_entries",
  {
    year: integer("year").notNull(),
    kind: text("kind", { enum: CALENDAR_ENTRY_KINDS }).notNull(),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }).notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en"),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.kind, t.fromDate] }),
    foreignKey({ columns: [t.year], foreignColumns: [calendarYears.year] }).onDelete("cascade"),
  ],
);
