import type { DayType } from "@/lib/citybrain/types";
import type { PoiEntry } from "./data-schema";
import { isOpenAt, openMinutes, type Periods } from "./opening-schedule";

/**
 * The crowd model of one sight for one day. Visitors arrive along the sight's hourly curve inside its
 * opening hours (last entry 30 min before a closing), stay their dwell time, and leave at the latest at
 * closing. Numbers are estimates except where pois.json says "sourced" (tourism/README crowd facts).
 */

const LAST_ENTRY_MIN = 30;

export interface CrowdDay {
  dayType: DayType;
  /** Visitors entering during each local hour. */
  entries: Int32Array;
  /** Visitors on site at the end of each local hour. */
  present: Float64Array;
}

/** Arrival periods: opening hours less the last-entry margin (none for places open round the clock). */
function entryPeriods(periods: Periods): Periods {
  return periods.map(([open, close]) => [
    open,
    close === 1440 ? close : Math.max(open, close - LAST_ENTRY_MIN),
  ]);
}

/**
 * One day's table. `curve` is the sight's hourly arrival weights, `dayShare` the day type's share of a
 * golden-week day, `dayFactor` and `hourFactor(h)` seeded noise (1 for the noiseless calibration).
 */
export function crowdDay(
  poi: PoiEntry,
  model: { curve: readonly number[]; dayShare: number; periods: Periods; dayType: DayType },
  dayFactor: number,
  hourFactor: (hour: number) => number,
): CrowdDay {
  const { curve, dayShare, periods, dayType } = model;
  const entries = new Int32Array(24);
  const present = new Float64Array(24);
  const arrivals = entryPeriods(periods);
  const weights = curve.map((w, h) => (w * openMinutes(arrivals, h * 60, h * 60 + 60)) / 60);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return { dayType, entries, present };
  let visitors = poi.crowd.goldenWeekDaily * dayShare * dayFactor;
  if (poi.crowd.dailyCap !== null) visitors = Math.min(visitors, poi.crowd.dailyCap);
  for (let h = 0; h < 24; h++)
    entries[h] = Math.round(((visitors * (weights[h] ?? 0)) / sum) * hourFactor(h));
  const dwell = poi.crowd.dwellMinutes;
  for (let h = 0; h < 24; h++) {
    const end = (h + 1) * 60;
    if (!isOpenAt(periods, end)) continue; // everyone has left at closing
    let onSite = 0;
    // Arrivals spread evenly over hour k are still there at `end` if they came after end − dwell.
    for (let k = h; k >= 0 && (h - k) * 60 < dwell; k--) {
      onSite += (entries[k] ?? 0) * Math.min(1, Math.max(0, (dwell - (h - k) * 60) / 60));
    }
    present[h] = onSite;
  }
  return { dayType, entries, present };
}
