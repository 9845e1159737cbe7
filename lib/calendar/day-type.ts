import type { DayType, LocalizedText } from "@/lib/citybrain/types";
import { shanghaiDate } from "@/lib/time";
import calendar from "./data/cn-public-holidays.json";

export interface DayTypeAnswer {
  dayType: DayType;
  /** False when the date's year is not in the State Council notices we hold (the day of week decides). */
  covered: boolean;
  /** The public holiday the date belongs to (holidays and golden weeks only). */
  holidayName?: LocalizedText;
}

interface Listed {
  dayType: DayType;
  holidayName?: LocalizedText;
}

const DAY_MS = 86_400_000;

function* datesBetween(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

/**
 * Every listed date of the notices. Golden week = the whole Spring Festival and National Day holiday
 * ranges of the notice (the file's `golden_weeks`), other days off = holiday, 调休 working days = weekday.
 */
function buildListedDates(): { listed: Map<string, Listed>; years: Set<number> } {
  const listed = new Map<string, Listed>();
  const years = new Set<number>();
  for (const [year, entry] of Object.entries(calendar.years)) {
    years.add(Number(year));
    const goldenWeekDates = new Set(entry.golden_weeks.flatMap((g) => [...datesBetween(g.from, g.to)]));
    for (const holiday of entry.holidays) {
      const holidayName = { zh: holiday.name_zh, en: holiday.name_en };
      for (const date of datesBetween(holiday.from, holiday.to)) {
        listed.set(date, { dayType: goldenWeekDates.has(date) ? "goldenWeek" : "holiday", holidayName });
      }
    }
    for (const date of entry.workdays) listed.set(date, { dayType: "weekday" });
  }
  return { listed, years };
}

const { listed, years } = buildListedDates();

/** Whether a date counts as a weekday, weekend, public holiday or golden-week day, on the Hangzhou calendar. */
export function dayTypeOf(at: Date): DayTypeAnswer {
  const date = shanghaiDate(at);
  const covered = years.has(Number(date.slice(0, 4)));
  const entry = covered ? listed.get(date) : undefined;
  if (entry) return { ...entry, covered };
  const dayOfWeek = new Date(`${date}T00:00:00Z`).getUTCDay();
  return { dayType: dayOfWeek === 0 || dayOfWeek === 6 ? "weekend" : "weekday", covered };
}
