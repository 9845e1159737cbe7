import { type DayTypeAnswer, dayTypeOf } from "@/lib/calendar/day-type";
import { calendarDayValues } from "./calendar-day-values";
import { stayPeriods, wholeMinutes } from "./daytime-minutes";
import { feeLine, freeStay, labelled, quoteOf, scaleFen } from "./fee-lines";
import type { FeeLine, Quote, Stay, VehicleClass, WestLakeTariff } from "./tariff-schema";

const FIRST_HOUR_MINUTES = 60;
const HALF_HOUR_MINUTES = 30;

/**
 * The West Lake scenic area's government price (car parks and road berths; PRODUCT.md, and the lots
 * file's tariff_notes: Shanghai Daily; Xinhua 2022-01-28 citing 杭政办函〔2014〕101号). The 15 free
 * minutes come from the same Shanghai Daily note ("under 15 min free").
 */
export function westLakeTariff(): WestLakeTariff {
  return {
    kind: "westlake",
    freeMinutes: 15,
    hourlyFen: { goldenWeek: 3000, holidayOrPeakWeekend: 2000, ordinary: 1000 },
    largeHourlyFen: 1000,
    nightFen: 500,
    largeNightFen: 500,
    motorcyclePercent: 50,
    peakSeasons: [
      { from: "03-15", to: "05-31" },
      { from: "09-15", to: "11-30" },
    ],
    estimated: false,
  };
}

export type WestLakeDayClass = keyof WestLakeTariff["hourlyFen"];

/** Golden week 30, short holiday or peak-season weekend 20, otherwise 10 元/h (small cars). */
export function westLakeDayClass(
  tariff: WestLakeTariff,
  date: string,
  { dayType }: Pick<DayTypeAnswer, "dayType">,
): WestLakeDayClass {
  if (dayType === "goldenWeek") return "goldenWeek";
  if (dayType === "holiday") return "holidayOrPeakWeekend";
  const monthDay = date.slice(5);
  const peak = tariff.peakSeasons.some((season) => season.from <= monthDay && monthDay <= season.to);
  return dayType === "weekend" && peak ? "holidayOrPeakWeekend" : "ordinary";
}

/** The hourly rate of a vehicle class on a day class. */
export function westLakeHourlyFen(
  tariff: WestLakeTariff,
  dayClass: WestLakeDayClass,
  vehicleClass: VehicleClass,
): number {
  if (vehicleClass === "large") return tariff.largeHourlyFen;
  const small = tariff.hourlyFen[dayClass];
  return vehicleClass === "motorcycle" ? scaleFen(small, tariff.motorcyclePercent) : small;
}

function nightFenOf(tariff: WestLakeTariff, vehicleClass: VehicleClass): number {
  if (vehicleClass === "large") return tariff.largeNightFen;
  return vehicleClass === "motorcycle"
    ? scaleFen(tariff.nightFen, tariff.motorcyclePercent)
    : tariff.nightFen;
}

/** Units of daytime minutes: the first hour is one unit however short, then every started half-hour. */
export function westLakeUnits(minutes: number): number {
  if (minutes <= 0) return 0;
  return 1 + Math.ceil(Math.max(0, minutes - FIRST_HOUR_MINUTES) / HALF_HOUR_MINUTES);
}

/**
 * A West Lake stay. Daytime minutes run on across days like one clock: the first hour is charged once
 * per stay, and each unit is priced at the rate of the day it starts in. Every night touched costs the
 * night fee. Spring Festival brings no free days here, only the golden-week rate.
 */
export function quoteWestLake(tariff: WestLakeTariff, stay: Stay): Quote {
  const { entry, exit, vehicleClass } = stay;
  if (wholeMinutes(exit.getTime() - entry.getTime()) <= tariff.freeMinutes) {
    return freeStay(entry, exit, tariff.freeMinutes);
  }
  const lines: FeeLine[] = [];
  let daytimeMs = 0;
  let unitsSoFar = 0;
  for (const period of stayPeriods(entry, exit)) {
    if (period.kind === "night") {
      lines.push(feeLine("night", period, nightFenOf(tariff, vehicleClass), { date: period.date }));
      continue;
    }
    const day = dayTypeOf(period.periodFrom);
    const dayClass = westLakeDayClass(tariff, period.date, day);
    const hourlyFen = westLakeHourlyFen(tariff, dayClass, vehicleClass);
    const halfHourFen = Math.round(hourlyFen / 2);
    daytimeMs += period.ms;
    const units = westLakeUnits(wholeMinutes(daytimeMs));
    const firstHour = unitsSoFar === 0 && units > 0;
    const halfHours = units - unitsSoFar - (firstHour ? 1 : 0);
    const minutes = wholeMinutes(period.ms);
    const values = { date: period.date, minutes, dayClass, ...calendarDayValues(day) };
    if (firstHour) {
      lines.push(
        labelled(
          "westlakeFirstHourOn",
          "firstHour",
          period,
          hourlyFen,
          { ...values, unitFen: hourlyFen },
          { minutes, units: 1, unitFen: hourlyFen },
        ),
      );
    }
    if (halfHours > 0 || !firstHour) {
      lines.push(
        labelled(
          "westlakeHalfHoursOn",
          "halfHours",
          period,
          halfHours * halfHourFen,
          {
            ...values,
            units: halfHours,
            unitFen: halfHourFen,
            // The period's minutes include the first hour billed on the line above: say what this line bills.
            afterFirst: firstHour ? String(Math.max(0, minutes - 60)) : "none",
          },
          {
            minutes,
            units: halfHours,
            unitFen: halfHourFen,
          },
        ),
      );
    }
    unitsSoFar = units;
  }
  return quoteOf(lines);
}
