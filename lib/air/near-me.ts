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

export interface WeighedStation<S> {
  station: S;
  distanceM: number;
  /** Its share, 0–1 (the shares sum to 1). */
  weight: number;
}

/**
 * The stations that speak for a place and how much each counts: the `count` nearest with a current reading
 * within `maxKm`, weighted 1/d² (the nearest alone within 200 m). `null` when none is near enough.
 */
export function weighStations<S extends LatLng & { observedAt: string }>(
  place: LatLng,
  stations: readonly S[],
  { count = 3, maxKm = DEFAULT_MAX_KM }: { count?: number; maxKm?: number } = {},
): WeighedStation<S>[] | null {
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
  return used.map((s, i) => ({ ...s, weight: raw[i]! / total }));
}

/** Distance rounded to 10 m (a phone's position is not better), for showing which stations were used. */
export function nearbyStation(s: WeighedStation<{ id: string; name: string }>): NearbyStation {
  return {
    id: s.station.id,
    name: s.station.name,
    distanceM: Math.round(s.distanceM / 10) * 10,
    weight: s.weight,
  };
}

/**
 * The air at a place, estimated from the nearest stations by inverse-distance weighting (1/d²) of each pollutant's
 * hourly mean, then the AQI of that estimate. Each pollutant is weighted over the stations that measured it.
 * `null` when no station with a current reading is within `maxKm`.
 */
export function estimateAt(
  place: LatLng,
  stations: readonly StationAtPlace[],
  options: { count?: number; maxKm?: number } = {},
): PlaceEstimate | null {
  const used = weighStations(place, stations, options);
  if (!used) return null;
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
    for (const s of used) {
      const value = s.station[pollutant];
      if (value === null) continue;
      sum += value * s.weight;
      weights += s.weight;
    }
    // CO is reported to 0.1 mg/m³, the others to 1 µg/m³: the estimate is not more precise than its inputs.
    if (weights > 0)
      reading[pollutant] =
        pollutant === "co" ? Math.round((sum / weights) * 10) / 10 : Math.round(sum / weights);
  }
  return {
    stations: used.map(nearbyStation),
    reading,
    aqi: stationAqi(reading),
  };
}
