import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import { CLIMATOLOGY_DAYS, climatologyForecast } from "./forecast/climatology";
import {
  FORECAST_HOURS,
  FORECAST_POLLUTANTS,
  type ForecastMethod,
  type ForecastPollutant,
  HOUR_MS,
  type StationForecast,
  type StationHistory,
} from "./forecast/station-history";
import type { AirForecastAnswer } from "./forecast-answer";
import { latestAirHour, readAirHistories } from "./history-read";

export interface AirStationInfo {
  /** The feed's URN (the history's key) and its short form for URLs. */
  id: string;
  slug: string;
  name: { zh: string; en: string };
  lat: number;
  lng: number;
}

/** What every forecast issued at one hour starts from: the stations, their stored history, their forecasts. */
export interface ForecastBasis {
  issuedMs: number;
  stations: AirStationInfo[];
  histories: Map<string, StationHistory>;
  /** Each station's forecast, made on first use and kept with the basis. */
  forecastOf(stationId: string): StationForecast;
  /** The trained model a station's forecast uses (when it was trained, its measured skill); `null`: none yet. */
  modelOf(stationId: string): AirForecastAnswer["model"];
}

const HISTORY_DAYS = CLIMATOLOGY_DAYS;

function climatologyOf(history: StationHistory | undefined, issuedMs: number): StationForecast {
  const values = Array.from(
    { length: FORECAST_HOURS },
    () => ({}) as Record<ForecastPollutant, number | null>,
  );
  const methods = {} as Record<ForecastPollutant, ForecastMethod>;
  for (const p of FORECAST_POLLUTANTS) {
    const forecast = history ? climatologyForecast(history.pollutants[p], history, issuedMs) : null;
    methods[p] = forecast ? "climatology" : "none";
    for (let k = 0; k < FORECAST_HOURS; k++) values[k]![p] = forecast ? forecast[k]! : null;
  }
  return {
    issuedMs,
    methods,
    hours: values.map((v, k) => ({ atMs: issuedMs + (k + 1) * HOUR_MS, values: v })),
  };
}

async function buildBasis(db: Db, source: CityBrainSource, issuedMs: number): Promise<ForecastBasis> {
  const [feed, histories] = await Promise.all([
    cityFeed(db, source, "air"),
    readAirHistories(db, issuedMs - HISTORY_DAYS * 24 * HOUR_MS, issuedMs),
  ]);
  const stations = feed.items.map((s) => ({
    id: s.id,
    slug: entitySlug(s.id),
    name: { zh: s.name.zh, en: s.name.en },
    lat: s.location.lat,
    lng: s.location.lng,
  }));
  const forecasts = new Map<string, StationForecast>();
  return {
    issuedMs,
    stations,
    histories,
    forecastOf(stationId) {
      let forecast = forecasts.get(stationId);
      if (!forecast) {
        forecast = climatologyOf(histories.get(stationId), issuedMs);
        forecasts.set(stationId, forecast);
      }
      return forecast;
    },
    modelOf: () => null,
  };
}

// One basis per database and issue hour, built once however many readers ask at once (speed only: any server
// builds the same basis from the same stored hours).
const bases = new WeakMap<object, { issuedMs: number; basis: Promise<ForecastBasis> }>();

/** The basis of forecasts issued from the newest stored hour at `now`; `null` before any air reading was stored. */
export async function forecastBasis(
  db: Db,
  source: CityBrainSource,
  now: Date,
): Promise<ForecastBasis | null> {
  const issuedMs = await latestAirHour(db, now);
  if (issuedMs === null) return null;
  const held = bases.get(db);
  if (held && held.issuedMs === issuedMs) return held.basis;
  const basis = buildBasis(db, source, issuedMs);
  bases.set(db, { issuedMs, basis });
  basis.catch(() => {
    if (bases.get(db)?.basis === basis) bases.delete(db);
  });
  return basis;
}
