import type { LatLng } from "@/lib/citybrain/types";
import { distanceMeters } from "@/lib/geo/distance";
import { type HourlyReading, type StationAqi, stationAqi } from "./station-aqi";

export interface StationAtPlace extends HourlyReading {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export interface NearbyStation {
  id: string;
  name: string;
  /** Straight-line distance, metres (rounded to 10 m: a phone's position is not better). */
  distanceM: number;
  /** Its share of the estimate, 0–1. */
  weight: number;
}

export interface PlaceEstimate {
  /** The stations the estimate is made of, nearest first, with how far each is and how much it counts. */
  stations: NearbyStation[];
  reading: HourlyReading;
  aqi: StationAqi;
}

// Beyond this a station says little about the air here (Hangzhou's national stations are 3–10 km apart).
const DEFAULT_MAX_KM = 15;
// Closer than this the nearest station is the answer: weighting 1/d² would be dominated by GPS noise anyway.
const AT_STATION_M = 200;
// Readings older than the freshest by more than this are left out (a station that stopped reporting).
const STALE_MS = 3 * 60 * 60_000;
const POLLUTANTS = ["pm25", "pm10", "so2", "no2", "co", "o3"] as const;

/**
 * The air at a place, estimated from the nearest stations by inverse-distance weighting (1/d²) of each pollutant's
 * hourly mean, then the AQI of that estimate. Each pollutant is weighted over the stations that measured it.
 * `null` when no station with a current reading is within `maxKm`.
 */
export function estimateAt(
  place: LatLng,
  stations: readonly StationAtPlace[],
  { count = 3, maxKm = DEFAULT_MAX_KM }: { count?: number; maxKm?: number } = {},
): PlaceEstimate | null {
  const freshest = Math.max(...stations.map((s) => Date.parse(s.observedAt)));
  const near = stations
    .filter((s) => freshest - Date.parse(s.observedAt) <= STALE_MS)
    .map((s) => ({ station: s, distanceM: distanceMeters(place, s) }))
    .filter((s) => s.distanceM <= maxKm * 1000)
    .sort((a, b) => a.distanceM - b.distanceM);
  if (near.length === 0) return null;
  const used = near[0]!.distanceM <= AT_STATION_M ? near.slice(0, 1) : near.slice(0, count);
  const raw = used.map((s) => 1 / Math.max(s.distanceM, AT_STATION_M) ** 2);
  const total = raw.reduce((sum, w) => sum + w, 0);

  const reading: HourlyReading = {
    // The oldest hour among them, by time (feeds may write other offsets than Z).
    observedAt: used.reduce((oldest, s) =>
      Date.parse(s.station.observedAt) < Date.parse(oldest.station.observedAt) ? s : oldest,
    ).station.observedAt,
    pm25: null,
    pm10: null,
    so2: null,
    no2: null,
    co: null,
    o3: null,
  };
  for (const pollutant of POLLUTANTS) {
    let sum = 0;
    let weights = 0;
    used.forEach((s, i) => {
      const value = s.station[pollutant];
      if (value === null) return;
      sum += value * raw[i]!;
      weights += raw[i]!;
    });
    // CO is reported to 0.1 mg/m³, the others to 1 µg/m³: the estimate is not more precise than its inputs.
    if (weights > 0)
      reading[pollutant] =
        pollutant === "co" ? Math.round((sum / weights) * 10) / 10 : Math.round(sum / weights);
  }
  return {
    stations: used.map((s, i) => ({
      id: s.station.id,
      name: s.station.name,
      distanceM: Math.round(s.distanceM / 10) * 10,
      weight: raw[i]! / total,
    })),
    reading,
    aqi: stationAqi(reading),
  };
}
