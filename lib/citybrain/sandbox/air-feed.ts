import type { AirQualityObserved, LatLng, LocalizedText } from "@/lib/citybrain/types";
import { decodeSeries, NO_VALUE, replayIndex } from "./air-replay";
import { type AirData, sandboxData } from "./data-schema";
import { HOUR_MS } from "./local-clock";
import { noiseKey, smoothNoise } from "./seeded-noise";

const POLLUTANTS = ["pm25", "pm10", "so2", "no2", "co", "o3"] as const;
type Pollutant = (typeof POLLUTANTS)[number];
/** Stored integer ÷ this = the source unit (µg/m³; CO mg/m³). See scripts/sandbox-data/air.mjs. */
const STORED_PER_UNIT: Record<Pollutant, number> = { pm25: 1, pm10: 1, so2: 10, no2: 1, co: 10, o3: 1 };
/** Reported like the national platform: whole µg/m³, CO in mg/m³ to one decimal. */
const DECIMALS: Record<Pollutant, number> = { pm25: 0, pm10: 0, so2: 0, no2: 0, co: 1, o3: 0 };
/**
 * Seeded ±5% drift on concentrations over ~6 h, so two seeds differ and two stations replaying one
 * Beijing site (1229A and 3656A, 0.39 km apart) do not read identically. Weather is replayed as is.
 */
const NOISE_AMPLITUDE = 0.05;
const NOISE_PERIOD_H = 6;

type Series = Uint16Array;
interface Station {
  id: string;
  code: string;
  name: LocalizedText;
  location: LatLng;
  series: Record<Pollutant, Series>;
  noiseKey: number;
}

export interface AirModel {
  readonly stations: readonly Station[];
  readingsAt(ms: number, observedAt: string, include?: ReadonlySet<number>): AirQualityObserved[];
}

let decoded: { sites: Map<string, Record<Pollutant, Series>>; weather: Record<string, Series> } | undefined;

function decodeAll(air: AirData) {
  decoded ??= {
    sites: new Map(
      Object.entries(air.sites).map(([site, columns]) => [
        site,
        Object.fromEntries(POLLUTANTS.map((p) => [p, decodeSeries(columns[p])])) as Record<Pollutant, Series>,
      ]),
    ),
    weather: Object.fromEntries(Object.entries(air.weather).map(([k, v]) => [k, decodeSeries(v)])),
  };
  return decoded;
}

const roundTo = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const stored = (series: Series | undefined, index: number): number | null => {
  const v = series?.[index];
  return v === undefined || v === NO_VALUE ? null : v;
};

/** Relative humidity from temperature and dew point (Magnus formula, Alduchov–Eskridge constants). */
export function relativeHumidity(temperature: number, dewPoint: number): number {
  const e = (t: number) => Math.exp((17.625 * t) / (243.04 + t));
  return Math.min(1, Math.max(0, roundTo(e(dewPoint) / e(temperature), 2)));
}

export function createAirModel(seed: string): AirModel {
  const air = sandboxData().air;
  const { sites, weather } = decodeAll(air);
  const factor = Object.fromEntries(POLLUTANTS.map((p) => [p, air.rescale[p].factor])) as Record<
    Pollutant,
    number
  >;
  const stations: Station[] = air.stations.map((s) => {
    const series = sites.get(s.site);
    if (!series) throw new Error(`air site ${s.site} missing`);
    const id = `urn:ngsi-ld:AirQualityObserved:hangzhou:${s.code}`;
    return {
      id,
      code: s.code,
      name: Object.freeze({ ...s.name }),
      location: Object.freeze({ lat: s.lat, lng: s.lng }),
      series,
      noiseKey: noiseKey(seed, id, "air"),
    };
  });

  const weatherAt = (index: number) => {
    const temperature = stored(weather.temperature, index);
    const dewPoint = stored(weather.dewPoint, index);
    const pressure = stored(weather.pressure, index);
    const rain = stored(weather.rain, index);
    const wind = stored(weather.windSpeed, index);
    const direction = stored(weather.windDirection, index);
    const celsius = temperature === null ? null : (temperature - 500) / 10;
    return {
      temperature: celsius,
      relativeHumidity:
        celsius === null || dewPoint === null ? null : relativeHumidity(celsius, (dewPoint - 500) / 10),
      windSpeed: wind === null ? null : wind / 10,
      windDirection: direction === null ? null : direction * 22.5,
      precipitation: rain === null ? null : rain / 10,
      atmosphericPressure: pressure === null ? null : (pressure + 9000) / 10,
    };
  };

  return {
    stations,
    readingsAt(ms, observedAt, include) {
      const index = replayIndex(ms);
      const shared = weatherAt(index);
      const out: AirQualityObserved[] = [];
      for (let i = 0; i < stations.length; i++) {
        if (include && !include.has(i)) continue;
        const s = stations[i] as Station;
        const drift = 1 + NOISE_AMPLITUDE * smoothNoise(s.noiseKey, ms / HOUR_MS / NOISE_PERIOD_H);
        const value = (p: Pollutant) => {
          const v = stored(s.series[p], index);
          return v === null ? null : roundTo((v / STORED_PER_UNIT[p]) * factor[p] * drift, DECIMALS[p]);
        };
        out.push({
          id: s.id,
          stationCode: s.code,
          name: s.name,
          location: s.location,
          observedAt,
          pm25: value("pm25"),
          pm10: value("pm10"),
          so2: value("so2"),
          no2: value("no2"),
          co: value("co"),
          o3: value("o3"),
          ...shared,
        });
      }
      return out;
    },
  };
}
