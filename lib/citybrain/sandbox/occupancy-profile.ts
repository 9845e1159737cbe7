import type { DayType } from "@/lib/citybrain/types";
import type { ParkingRole } from "./data-schema";

/**
 * A car park's occupancy share for each half-hour of the local day (49 values: slot 48 is the next
 * midnight) and day type. 08:00–16:30 are the Birmingham measurements; the rest of the day is extended
 * by the estimates below, because the source has no readings outside those hours.
 */
export type DayProfile = Float64Array;

const SLOTS = 48;
const FIRST_MEASURED = 16; // 08:00
const LAST_MEASURED = 33; // 16:30
/** Overnight share as a part of the 08:00 reading (estimate: cars parked overnight, before arrivals). */
const NIGHT_SHARE_OF_MORNING = 0.5;
const DAWN_SLOT = 12; // 06:00: arrivals start
const DAY_CLEARED_SLOT = 40; // 20:00: ordinary car parks are back to the overnight level
const EVENING_HOLD_FROM = 34; // 17:00
const EVENING_HOLD_TO = 42; // 21:00: shops and night spots keep their cars until then…
const EVENING_CLEARED_SLOT = 47; // …and empty by 23:30

/**
 * Public holidays and golden weeks start from the weekend shape (offices, outpatient clinics and schools
 * close). Where visitors drive in, it is lifted until the day's peak reaches the share below: the only
 * sourced point is Huanglong P+R, "90% used at the Golden Week peak" (parking/README); the rest are
 * estimates. Roles absent here keep the plain weekend shape.
 */
const HOLIDAY_PEAK: Partial<Record<ParkingRole, { holiday: number; goldenWeek: number }>> = {
  scenic: { holiday: 0.85, goldenWeek: 0.92 },
  retail: { holiday: 0.85, goldenWeek: 0.85 },
  transport: { holiday: 0.85, goldenWeek: 0.92 },
  streetCore: { holiday: 0.85, goldenWeek: 0.9 },
};
const MAX_LIFT = 2.5;
const MAX_SHARE = 0.98;

const lerp = (a: number, b: number, f: number) => a + (b - a) * f;

/** Extends the 18 measured half-hours (per mille) to the whole day. */
export function extendDay(measured: readonly number[], evening: boolean): DayProfile {
  const shares = measured.map((v) => v / 1000);
  const morning = shares[0] ?? 0;
  const afternoon = shares[shares.length - 1] ?? 0;
  const night = NIGHT_SHARE_OF_MORNING * morning;
  const held = Math.max(afternoon, 0.85 * Math.max(...shares));
  const day = new Float64Array(SLOTS + 1);
  for (let slot = 0; slot < SLOTS; slot++) {
    if (slot < DAWN_SLOT) day[slot] = night;
    else if (slot < FIRST_MEASURED)
      day[slot] = lerp(night, morning, (slot - DAWN_SLOT) / (FIRST_MEASURED - DAWN_SLOT));
    else if (slot <= LAST_MEASURED) day[slot] = shares[slot - FIRST_MEASURED] ?? 0;
    else if (!evening) {
      const f = Math.min(1, (slot - LAST_MEASURED) / (DAY_CLEARED_SLOT - LAST_MEASURED));
      day[slot] = lerp(afternoon, night, f);
    } else if (slot < EVENING_HOLD_FROM) day[slot] = lerp(afternoon, held, 0.5);
    else if (slot <= EVENING_HOLD_TO) day[slot] = held;
    else {
      const f = Math.min(1, (slot - EVENING_HOLD_TO) / (EVENING_CLEARED_SLOT - EVENING_HOLD_TO));
      day[slot] = lerp(held, night, f);
    }
  }
  day[SLOTS] = day[0] ?? 0;
  return day;
}

function lifted(day: DayProfile, peakTarget: number): DayProfile {
  const peak = Math.max(...day);
  const factor = peak >= peakTarget || peak === 0 ? 1 : Math.min(MAX_LIFT, peakTarget / peak);
  return day.map((share) => Math.min(MAX_SHARE, share * factor));
}

/** The four day-type profiles of one car park. */
export function dayTypeProfiles(
  measured: { weekday: readonly number[]; weekend: readonly number[] },
  role: ParkingRole,
  evening: boolean,
): Record<DayType, DayProfile> {
  const weekday = extendDay(measured.weekday, evening);
  const weekend = extendDay(measured.weekend, evening);
  const peaks = HOLIDAY_PEAK[role];
  return {
    weekday,
    weekend,
    holiday: peaks ? lifted(weekend, peaks.holiday) : weekend,
    goldenWeek: peaks ? lifted(weekend, peaks.goldenWeek) : weekend,
  };
}

/** Linear interpolation between half-hour slots at a minute of the local day. */
export function shareAt(day: DayProfile, minuteOfDay: number): number {
  const position = minuteOfDay / 30;
  const slot = Math.floor(position);
  const a = day[slot] ?? 0;
  return a + ((day[slot + 1] ?? a) - a) * (position - slot);
}
