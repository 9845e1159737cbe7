import "server-only";
import { cityBrain } from "@/lib/citybrain/source";
import type { CityBrainSource, LatLng } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { AirForecastAnswer } from "./forecast-answer";
import { assembleForecast, blendMethods, blendTracks, pastTrack } from "./forecast-assembly";
import { forecastBasis } from "./forecast-basis";
import { weighStations } from "./near-me";

/**
 * The next 72 hours at a place between stations: each hour's pollutants weighted 1/d² over the nearest stations
 * (as the "near me" estimate is), then the AQI of that blend. `null` when no station is near enough.
 */
export async function forecastForPlace(
  db: Db,
  place: LatLng,
  now: Date,
  source: CityBrainSource = cityBrain(),
): Promise<AirForecastAnswer | null> {
  const basis = await forecastBasis(db, source, now);
  if (!basis) return null;
  // A station counts as current when its history has a reading within the last three hours of the basis.
  const candidates = basis.stations.flatMap((s) => {
    const past = pastTrack(basis.histories.get(s.id), basis.issuedMs);
    const last = past.at(-1);
    return last ? [{ ...s, names: s.name, observedAt: new Date(last.atMs).toISOString(), past }] : [];
  });
  const weighed = weighStations(place, candidates);
  if (!weighed) return null;
  const forecasts = weighed.map((w) => basis.forecastOf(w.station.id));
  const freshestModel = weighed
    .map((w) => basis.modelOf(w.station.id))
    .reduce((a, b) => (b && (!a || b.trainedAt > a.trainedAt) ? b : a), null);
  return assembleForecast({
    place: {
      kind: "point",
      lat: place.lat,
      lng: place.lng,
      stations: weighed.map((w) => ({
        id: w.station.slug,
        name: w.station.names,
        distanceM: Math.round(w.distanceM / 10) * 10,
        weight: w.weight,
      })),
    },
    issuedMs: basis.issuedMs,
    past: blendTracks(
      weighed.map((w) => ({
        track: w.station.past,
        weight: w.weight,
      })),
    ),
    forecast: blendTracks(weighed.map((w, i) => ({ track: forecasts[i]!.hours, weight: w.weight }))),
    methods: blendMethods(forecasts.map((f) => f.methods)),
    model: freshestModel,
  });
}
