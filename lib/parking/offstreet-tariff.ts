import { DAY_MS, MINUTE_MS, stayPeriods, wholeMinutes } from "./daytime-minutes";
import { feeLine, freeStay, quoteOf, scaleFen } from "./fee-lines";
import type { FeeLine, OffStreetTariff, Quote, Stay } from "./tariff-schema";

const FIRST_HOUR_MINUTES = 60;

interface Charge {
  kind: "firstHour" | "units" | "night";
  at: number;
  amountFen: number;
  period?: { from: Date; to: Date; date: string };
}

interface Span {
  from: number;
  ms: number;
}

/** Start instants of the first hour and each started unit after it, laid along the billable time. */
function unitStarts(spans: Span[], billableMinutes: number, unitMinutes: number): number[] {
  if (billableMinutes <= 0) return [];
  const count = 1 + Math.ceil(Math.max(0, billableMinutes - FIRST_HOUR_MINUTES) / unitMinutes);
  const starts: number[] = [];
  let spanIndex = 0;
  let before = 0;
  for (let i = 0; i < count; i++) {
    const offset = (i === 0 ? 0 : FIRST_HOUR_MINUTES + (i - 1) * unitMinutes) * MINUTE_MS;
    while (spanIndex < spans.length - 1 && offset >= before + (spans[spanIndex] as Span).ms) {
      before += (spans[spanIndex] as Span).ms;
      spanIndex += 1;
    }
    starts.push((spans[spanIndex] as Span).from + offset - before);
  }
  return starts;
}

/**
 * A car-park stay: free minutes, then the first hour, then every started unit; with `nightFen`, nights
 * cost a flat fee instead of time. Each 24 hours from entry is capped at the daily cap; a charge
 * belongs to the 24 hours it starts in, so a later exit can only add charges, never move them.
 */
export function quoteOffStreet(tariff: OffStreetTariff, stay: Stay): Quote {
  const { entry, exit } = stay;
  if (wholeMinutes(exit.getTime() - entry.getTime()) <= tariff.freeMinutes) {
    return freeStay(entry, exit, tariff.freeMinutes);
  }
  const percent = tariff.vehiclePercent[stay.vehicleClass];
  const unitFen = scaleFen(tariff.unitFen, percent);
  const capFen = scaleFen(tariff.dailyCapFen, percent);
  const charges: Charge[] = [];
  let spans: Span[];
  if (tariff.nightFen === undefined) {
    spans = [{ from: entry.getTime(), ms: exit.getTime() - entry.getTime() }];
  } else {
    const periods = stayPeriods(entry, exit);
    spans = periods.filter((p) => p.kind === "day").map((p) => ({ from: p.from.getTime(), ms: p.ms }));
    const nightFen = scaleFen(tariff.nightFen, percent);
    for (const p of periods.filter((p) => p.kind === "night")) {
      charges.push({ kind: "night", at: p.from.getTime(), amountFen: nightFen, period: p });
    }
  }
  const billableMinutes = wholeMinutes(spans.reduce((sum, span) => sum + span.ms, 0));
  for (const [i, at] of unitStarts(spans, billableMinutes, tariff.unitMinutes).entries()) {
    charges.push(
      i === 0
        ? { kind: "firstHour", at, amountFen: scaleFen(tariff.firstHourFen, percent) }
        : { kind: "units", at, amountFen: unitFen },
    );
  }
  charges.sort((a, b) => a.at - b.at);

  const lines: FeeLine[] = [];
  const windows = new Map<number, Charge[]>();
  for (const charge of charges) {
    const index = Math.floor((charge.at - entry.getTime()) / DAY_MS);
    windows.set(index, [...(windows.get(index) ?? []), charge]);
  }
  for (const [index, inWindow] of windows) {
    const windowTo = new Date(Math.min(exit.getTime(), entry.getTime() + (index + 1) * DAY_MS));
    const units = inWindow.filter((c) => c.kind === "units");
    for (const charge of inWindow) {
      if (charge.kind === "firstHour") {
        const to = new Date(Math.min(exit.getTime(), charge.at + FIRST_HOUR_MINUTES * MINUTE_MS));
        lines.push(
          feeLine("firstHour", { from: new Date(charge.at), to }, charge.amountFen, {
            unitFen: charge.amountFen,
          }),
        );
      } else if (charge.kind === "night" && charge.period) {
        lines.push(feeLine("night", charge.period, charge.amountFen, { date: charge.period.date }));
      }
    }
    if (units.length > 0) {
      const span = { from: new Date((units[0] as Charge).at), to: windowTo };
      const values = { units: units.length, unitFen, unitMinutes: tariff.unitMinutes };
      lines.push(feeLine("units", span, units.length * unitFen, values, { units: units.length, unitFen }));
    }
    const windowFen = inWindow.reduce((sum, c) => sum + c.amountFen, 0);
    if (windowFen > capFen) {
      const span = { from: new Date(entry.getTime() + index * DAY_MS), to: windowTo };
      lines.push(feeLine("dailyCap", span, capFen - windowFen, { capFen, day: index + 1 }));
    }
  }
  return quoteOf(lines);
}
