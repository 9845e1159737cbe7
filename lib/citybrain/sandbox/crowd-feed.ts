import type { CrowdFlowObserved, DayType } from "@/lib/citybrain/types";
import { type CrowdDay, crowdDay } from "./crowd-day";
import { type PoiEntry, sandboxData } from "./data-schema";
import { type DayTypeCache, HOUR_MS, localDate, localDay, localMinute } from "./local-clock";
import { openPeriods } from "./opening-schedule";
import { latticeNoise, noiseKey, smoothNoise } from "./seeded-noise";

/** Seeded day-to-day (±6%) and hour-to-hour (±8%, smooth over ~3 h) variation of arrivals. */
const DAY_NOISE = 0.06;
const HOUR_NOISE = 0.08;
const HOUR_NOISE_PERIOD_H = 3;
/**
 * Comfortable capacity: a noiseless golden-week day's peak load divided by the occupancy it should
 * reach then — the most popular sights are crowded beyond comfort (estimates). A sourced capacity
 * (Broken Bridge's 1,400-person deck limit) is used as is.
 */
const GOLDEN_WEEK_PEAK_OCCUPANCY: Record<number, number> = { 1: 0.7, 2: 0.85, 3: 1, 4: 1.15, 5: 1.3 };
/** The National Day golden week's second day (a weekday in October) sets the reference hours. */
const REFERENCE_DAY = { month: 10, dayOfMonth: 2, weekday: 5 };
/**
 * Queues (estimates): ticket gates start to queue at 75% of comfortable load, ~8 min per further 10%;
 * free open sights only when over capacity (bottlenecks such as a bridge or a causeway).
 */
const GATED_QUEUE_FROM = 0.75;
const GATED_MINUTES_PER_UNIT = 80;
const OPEN_QUEUE_FROM = 1;
const OPEN_MINUTES_PER_UNIT = 20;
const MAX_CACHED_DAYS = 400;

interface Sight {
  poi: PoiEntry;
  id: string;
  poiId: string;
  curve: readonly number[];
  capacity: number;
  gated: boolean;
  dayKey: number;
  hourKey: number;
}

export interface CrowdModel {
  readonly sights: readonly Sight[];
  readingsAt(ms: number, observedAt: string, include?: ReadonlySet<number>): CrowdFlowObserved[];
}

function comfortableCapacity(poi: PoiEntry, curve: readonly number[]): number {
  if (poi.crowd.capacity !== null) return poi.crowd.capacity;
  const periods = openPeriods(poi.schedule, REFERENCE_DAY, "goldenWeek");
  const day = crowdDay(poi, { curve, dayShare: 1, periods, dayType: "goldenWeek" }, 1, () => 1);
  const peak = Math.max(...day.present);
  return peak > 0 ? peak / (GOLDEN_WEEK_PEAK_OCCUPANCY[poi.popularity] ?? 1) : 1;
}

export function queueMinutes(occupancy: number, gated: boolean): number {
  const [from, perUnit] = gated
    ? [GATED_QUEUE_FROM, GATED_MINUTES_PER_UNIT]
    : [OPEN_QUEUE_FROM, OPEN_MINUTES_PER_UNIT];
  return Math.round(Math.max(0, occupancy - from) * perUnit);
}

export function createCrowdModel(seed: string, dayTypes: DayTypeCache): CrowdModel {
  const { pois, crowdModel } = sandboxData();
  const curveOf = (poi: PoiEntry) => crowdModel.curves[poi.crowd.curve];
  const sights: Sight[] = pois.map((poi) => {
    const id = `urn:ngsi-ld:CrowdFlowObserved:hangzhou:${poi.slug}`;
    return {
      poi,
      id,
      poiId: `urn:ngsi-ld:PointOfInterest:hangzhou:${poi.slug}`,
      curve: curveOf(poi),
      capacity: comfortableCapacity(poi, curveOf(poi)),
      gated: poi.ticketFen !== null && poi.ticketFen > 0,
      dayKey: noiseKey(seed, id, "crowd-day"),
      hourKey: noiseKey(seed, id, "crowd-hour"),
    };
  });
  const days = new Map<number, CrowdDay[]>();

  const buildDay = (sight: Sight, day: number, dayType: DayType): CrowdDay => {
    const periods = openPeriods(sight.poi.schedule, localDate(day), dayType);
    const dayFactor = 1 + DAY_NOISE * latticeNoise(sight.dayKey, day);
    const hourFactor = (h: number) =>
      1 + HOUR_NOISE * smoothNoise(sight.hourKey, (day * 24 + h) / HOUR_NOISE_PERIOD_H);
    const dayShare = crowdModel.dayTypeShare[dayType];
    return crowdDay(sight.poi, { curve: sight.curve, dayShare, periods, dayType }, dayFactor, hourFactor);
  };

  const tablesOf = (day: number): CrowdDay[] => {
    let tables = days.get(day);
    if (!tables) {
      if (days.size >= MAX_CACHED_DAYS) days.clear();
      const dayType = dayTypes.of(day);
      tables = sights.map((sight) => buildDay(sight, day, dayType));
      days.set(day, tables);
    }
    return tables;
  };

  return {
    sights,
    readingsAt(ms, observedAt, include) {
      // A reading at hh:00 counts the hour that just ended, like the air readings.
      const hourStart = ms - HOUR_MS;
      const tables = tablesOf(localDay(hourStart));
      const hour = Math.floor(localMinute(hourStart) / 60);
      const out: CrowdFlowObserved[] = [];
      for (let i = 0; i < sights.length; i++) {
        if (include && !include.has(i)) continue;
        const sight = sights[i] as Sight;
        const table = tables[i] as CrowdDay;
        const occupancy = Math.round(((table.present[hour] ?? 0) / sight.capacity) * 100) / 100;
        out.push({
          id: sight.id,
          refPointOfInterest: sight.poiId,
          observedAt,
          peopleCount: table.entries[hour] ?? 0,
          occupancy,
          queueMinutes: queueMinutes(occupancy, sight.gated),
          dayType: table.dayType,
        });
      }
      return out;
    },
  };
}
