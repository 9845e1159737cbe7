import { SHANGHAI_OFFSET_MS } from "@/lib/time";

export const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
// Asia/Shanghai keeps UTC+8 (lib/time.ts), so wall-clock boundaries are plain arithmetic — fast enough to split
// long stays thousands of times in property tests.
export const DAY_STARTS_HOUR = 8;
export const NIGHT_STARTS_HOUR = 20;

/** A part of a stay inside one daytime (08:00–20:00) or one night (20:00–08:00), Asia/Shanghai. */
export interface StayPeriod {
  kind: "day" | "night";
  /** Shanghai date the period starts on: the night 20:00 on 03-11 → 08:00 on 03-12 is "2026-03-11". */
  date: string;
  /** Start and end of the period itself, not clipped to the stay. */
  periodFrom: Date;
  periodTo: Date;
  /** The part of the stay inside the period. */
  from: Date;
  to: Date;
  ms: number;
}

function isoDate(localMidnightMs: number): string {
  return new Date(localMidnightMs).toISOString().slice(0, 10);
}

/** Splits [entry, exit) at every 08:00 and 20:00 in Asia/Shanghai, in time order. */
export function stayPeriods(entry: Date, exit: Date): StayPeriod[] {
  const periods: StayPeriod[] = [];
  const end = exit.getTime();
  let t = entry.getTime();
  while (t < end) {
    const local = t + SHANGHAI_OFFSET_MS;
    const midnight = Math.floor(local / DAY_MS) * DAY_MS;
    const dayFrom = midnight + DAY_STARTS_HOUR * HOUR_MS;
    const nightFrom = midnight + NIGHT_STARTS_HOUR * HOUR_MS;
    let kind: StayPeriod["kind"];
    let startLocal: number;
    let endLocal: number;
    let dateMidnight: number;
    if (local < dayFrom) {
      [kind, startLocal, endLocal, dateMidnight] = ["night", nightFrom - DAY_MS, dayFrom, midnight - DAY_MS];
    } else if (local < nightFrom) {
      [kind, startLocal, endLocal, dateMidnight] = ["day", dayFrom, nightFrom, midnight];
    } else {
      [kind, startLocal, endLocal, dateMidnight] = ["night", nightFrom, dayFrom + DAY_MS, midnight];
    }
    const to = Math.min(end, endLocal - SHANGHAI_OFFSET_MS);
    periods.push({
      kind,
      date: isoDate(dateMidnight),
      periodFrom: new Date(startLocal - SHANGHAI_OFFSET_MS),
      periodTo: new Date(endLocal - SHANGHAI_OFFSET_MS),
      from: new Date(t),
      to: new Date(to),
      ms: to - t,
    });
    t = to;
  }
  return periods;
}

/** Whole minutes in a duration; a part minute is not charged. */
export function wholeMinutes(ms: number): number {
  return Math.floor(ms / MINUTE_MS);
}
