import { z } from "zod";

const LocalDate = z.iso.date();

const Names = {
  nameZh: z.string().trim().min(1, "a Chinese name (nameZh) is required"),
  nameEn: z.string().trim().min(1, "an English name (nameEn) is required"),
};

const DateRange = z.object({ ...Names, from: LocalDate, to: LocalDate }).strict();

/**
 * One year's State Council holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知), as an operator
 * imports it: the days off per holiday, the golden weeks among them and the 调休 working days.
 */
export const CalendarNoticeShape = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z
      .object({
        title: z.string().trim().min(1),
        documentNo: z.string().trim().min(1).optional(),
        url: z.url(),
        published: LocalDate,
      })
      .strict(),
    holidays: z.array(DateRange).min(1, "a notice lists at least one holiday"),
    goldenWeeks: z.array(DateRange),
    workdays: z.array(z.object({ date: LocalDate, forHoliday: z.string().trim().min(1) }).strict()),
  })
  .strict();

const DAY_MS = 86_400_000;

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

type Shape = z.infer<typeof CalendarNoticeShape>;
type Issue = { path: (string | number)[]; message: string };

function rangeIssues(notice: Shape, field: "holidays" | "goldenWeeks"): Issue[] {
  const issues: Issue[] = [];
  const inYear = (date: string) => date.startsWith(`${notice.year}-`);
  notice[field].forEach((range, index) => {
    if (!inYear(range.from) || !inYear(range.to)) {
      issues.push({
        path: [field, index],
        message: `${range.from}…${range.to} is not inside ${notice.year}`,
      });
    }
    if (range.from > range.to) {
      issues.push({ path: [field, index], message: `starts ${range.from}, after its end ${range.to}` });
    }
  });
  const sorted = [...notice[field]].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as Shape["holidays"][number];
    const after = sorted[i] as Shape["holidays"][number];
    if (after.from <= before.to) {
      issues.push({
        path: [field],
        message: `${before.nameEn} (${before.from}…${before.to}) overlaps ${after.nameEn} (${after.from}…${after.to})`,
      });
    }
  }
  return issues;
}

function workdayIssues(notice: Shape): Issue[] {
  const issues: Issue[] = [];
  const daysOff = new Set(notice.holidays.flatMap((h) => datesBetween(h.from, h.to)));
  const seen = new Set<string>();
  notice.workdays.forEach(({ date }, index) => {
    const path = ["workdays", index, "date"];
    if (!date.startsWith(`${notice.year}-`))
      issues.push({ path, message: `${date} is not inside ${notice.year}` });
    if (!isWeekend(date))
      issues.push({
        path,
        message: `${date} is not a Saturday or Sunday, so it cannot be a 调休 working day`,
      });
    if (daysOff.has(date)) issues.push({ path, message: `${date} is also a day off` });
    if (seen.has(date)) issues.push({ path, message: `${date} is listed twice` });
    seen.add(date);
  });
  return issues;
}

function goldenWeekIssues(notice: Shape): Issue[] {
  return notice.goldenWeeks.flatMap((week, index) =>
    notice.holidays.some((h) => h.from <= week.from && week.to <= h.to)
      ? []
      : [
          {
            path: ["goldenWeeks", index],
            message: `${week.nameEn} (${week.from}…${week.to}) is not inside one holiday`,
          },
        ],
  );
}

/** A notice whose dates are consistent: inside its year, ordered, not overlapping, 调休 on weekends. */
export const CalendarNotice = CalendarNoticeShape.superRefine((notice, context) => {
  if (
    !notice.source.published.match(/^\d{4}-/) ||
    notice.source.published.slice(0, 4) > String(notice.year)
  ) {
    context.addIssue({
      code: "custom",
      path: ["source", "published"],
      message: "a notice is published before or in its year",
    });
  }
  for (const issue of [
    ...rangeIssues(notice, "holidays"),
    ...rangeIssues(notice, "goldenWeeks"),
    ...workdayIssues(notice),
    ...goldenWeekIssues(notice),
  ]) {
    context.addIssue({ code: "custom", ...issue });
  }
});
export type CalendarNotice = z.infer<typeof CalendarNotice>;
