import { z } from "zod";
import { LatLng, LocalizedText } from "@/lib/citybrain/types";
import stationsJson from "./data/stations.json";
import type { Place } from "./place";

// Written by `npm run sandbox:data` (scripts/sandbox-data/stations.mjs) from the station points in
// ../shared/data/parking/hangzhou-lots.json. Stations are not a city feed: the list ships with the app.
const StationsFile = z.object({
  stations: z.array(
    z.object({
      slug: z.string().min(1),
      kind: z.enum(["railway", "metro"]),
      name: LocalizedText,
      aliases: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
      lat: LatLng.shape.lat,
      lng: LatLng.shape.lng,
      source: z.string().min(1),
    }),
  ),
});

// A railway station is where a long trip ends; a metro stop, usually a change to the metro.
const POPULARITY = { railway: 2, metro: 1 } as const;

let parsed: Place[] | undefined;

/** Hangzhou's railway stations and the metro stations the data has a point for. */
export function stationPlaces(): Place[] {
  parsed ??= StationsFile.parse(stationsJson).stations.map((station) => ({
    kind: "station" as const,
    id: station.slug,
    name: station.name,
    aliases: station.aliases,
    location: { lat: station.lat, lng: station.lng },
    popularity: POPULARITY[station.kind],
  }));
  return parsed;
}
