import "server-only";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { AirForecastAnswer } from "./forecast-answer";
import { assembleForecast, pastTrack } from "./forecast-assembly";
import { forecastBasis } from "./forecast-basis";

/** The next 72 hours at one monitoring station (by its short id), with its last 72 observed hours. */
export async function stationForecast(
  db: Db,
  source: CityBrainSource,
  slug: string,
  now: Date,
): Promise<AirForecastAnswer> {
  const basis = await forecastBasis(db, source, now);
  if (!basis) throw new AppError("unavailable", "errors.air.noHistory");
  const station = basis.stations.find((s) => s.slug === slug);
  if (!station) throw new AppError("not_found", "errors.air.unknownStation", { values: { id: slug } });
  const forecast = basis.forecastOf(station.id);
  return assembleForecast({
    place: { kind: "station", id: station.slug, name: station.name, lat: station.lat, lng: station.lng },
    issuedMs: basis.issuedMs,
    past: pastTrack(basis.histories.get(station.id), basis.issuedMs),
    forecast: forecast.hours,
    methods: forecast.methods,
    model: basis.modelOf(station.id),
  });
}
