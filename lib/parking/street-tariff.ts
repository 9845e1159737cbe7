import { dayTypeOf } from "@/lib/calendar/day-type";
import { calendarDayValues } from "./calendar-day-values";
import { stayPeriods, wholeMinutes } from "./daytime-minutes";
import { feeLine, freeStay, labelled, quoteOf, scaleFen } from "./fee-lines";
import { freeDaysOn, HANGZHOU_SPRING_FESTIVAL_FREE_DAYS } from "./spring-festival";
import type { FeeLine, Quote, Stay, StreetTariff } from "./tariff-schema";

type StreetZone = StreetTariff["zone"];

/**
 * 杭政办函〔2014〕101号 road-berth prices in fen: first two units / each later unit. The night fees
 * (core 5 元, other zones 4 元 per stay) are the best available reading, not a sourced figure.
 */
const ZONE_PRICES: Record<StreetZone, { firstUnitFen: number; laterUnitFen: number; nightFen: number }> = {
  core: { firstUnitFen: 500, laterUnitFen: 600, nightFen: 500 },
  level1: { firstUnitFen: 300, laterUnitFen: 400, nightFen: 400 },
  level2: { firstUnitFen: 200, laterUnitFen: 300, nightFen: 400 },
};

/** The road-berth tariff of a zone (core, level-1 or level-2). */
export function streetTariff(zone: StreetZone): StreetTariff {
  return {
    kind: "street",
    zone,
    freeMinutes: 15,
    unitMinutes: 30,
    roundUpOverMinutes: 15,
    firstUnits: 2,
    ...ZONE_PRICES[zone],
    nightFeeEstimated: true,
    vehiclePercent: { small: 100, large: 200, motorcycle: 50 },
    freeDays: HANGZHOU_SPRING_FESTIVAL_FREE_DAYS,
    estimated: false,
  };
}

/** Units = ⌊min/30⌋ + (min mod 30 > 15 ? 1 : 0). */
export function streetUnits(
  minutes: number,
  tariff: Pick<StreetTariff, "unitMinutes" | "roundUpOverMinutes">,
) {
  const whole = Math.floor(minutes / tariff.unitMinutes);
  return whole + (minutes % tariff.unitMinutes > tariff.roundUpOverMinutes ? 1 : 0);
}

/**
 * A road-berth stay. The daytime minutes of the whole stay are added up and counted in units once, so
 * the first two units are the stay's first daytime hour and later days continue at the later-unit
 * price; each day's line shows the units its minutes completed. Every night (20:00–08:00) the stay
 * touches costs one night fee. Days (and the night after them) the city made free cost nothing.
 */
export function quoteStreet(tariff: StreetTariff, stay: Stay): Quote {
  const { entry, exit } = stay;
  if (wholeMinutes(exit.getTime() - entry.getTime()) <= tariff.freeMinutes) {
    return freeStay(entry, exit, tariff.freeMinutes);
  }
  const percent = tariff.vehiclePercent[stay.vehicleClass];
  const firstUnitFen = scaleFen(tariff.firstUnitFen, percent);
  const laterUnitFen = scaleFen(tariff.laterUnitFen, percent);
  const nightFen = scaleFen(tariff.nightFen, percent);
  const lines: FeeLine[] = [];
  let daytimeMs = 0;
  let unitsSoFar = 0;
  for (const period of stayPeriods(entry, exit)) {
    const freeWindow = freeDaysOn(tariff.freeDays, period.date);
    if (freeWindow) {
      const last = lines.at(-1);
      if (last?.kind === "freeDays" && last.to === period.from.toISOString()) {
        last.to = period.to.toISOString();
      } else {
        lines.push(
          feeLine("freeDays", period, 0, {
            from: freeWindow.from,
            to: freeWindow.to,
            announced: freeWindow.announced ? "yes" : "no",
          }),
        );
      }
      continue;
    }
    if (period.kind === "night") {
      lines.push(feeLine("night", period, nightFen, { date: period.date }));
      continue;
    }
    daytimeMs += period.ms;
    const units = streetUnits(wholeMinutes(daytimeMs), tariff);
    const firstUnits = Math.max(
      0,
      Math.min(units, tariff.firstUnits) - Math.min(unitsSoFar, tariff.firstUnits),
    );
    const laterUnits = units - unitsSoFar - firstUnits;
    const minutes = wholeMinutes(period.ms);
    const values = { date: period.date, minutes, ...calendarDayValues(dayTypeOf(period.periodFrom)) };
    if (firstUnits > 0) {
      lines.push(
        labelled(
          "daytimeFirstUnitsOn",
          "daytimeFirstUnits",
          period,
          firstUnits * firstUnitFen,
          { ...values, units: firstUnits, unitFen: firstUnitFen },
          {
            minutes,
            units: firstUnits,
            unitFen: firstUnitFen,
          },
        ),
      );
    }
    if (laterUnits > 0 || firstUnits === 0) {
      lines.push(
        labelled(
          "daytimeUnitsOn",
          "daytimeUnits",
          period,
          laterUnits * laterUnitFen,
          {
            ...values,
            units: laterUnits,
            unitFen: laterUnitFen,
            // The period's minutes include the first hour billed on the line above: say what this line bills.
            afterFirst:
              firstUnits > 0 ? String(Math.max(0, minutes - firstUnits * tariff.unitMinutes)) : "none",
          },
          {
            minutes,
            units: laterUnits,
            unitFen: laterUnitFen,
          },
        ),
      );
    }
    unitsSoFar = units;
  }
  return quoteOf(lines);
}
