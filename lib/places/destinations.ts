import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { hospitalPlaces, sightPlaces } from "./city-places";
import { type Place, type PlaceView, placeRef } from "./place";
import { PlaceParams } from "./place-query";
import { createPlaceIndex, type PlaceIndex, searchPlaces } from "./search-places";
import { stationPlaces } from "./stations";
import { streetPlaces } from "./streets";

export function placeView(place: Place, locale: Locale): PlaceView {
  return {
    kind: place.kind,
    id: place.id,
    name: locale === "en" ? place.name.en : place.name.zh,
    lat: place.location.lat,
    lng: place.location.lng,
  };
}

// The parking feed changes every few minutes, its street names hardly ever: the streets get a version of their
// own, so the index (and every search answer keyed on it) is rebuilt only when a street changes.
const streetVersions = new Map<string, number>();
function versionOfStreets(streets: Place[]): number {
  const key = JSON.stringify(streets);
  let version = streetVersions.get(key);
  if (version === undefined) {
    version = streetVersions.size + 1;
    streetVersions.set(key, version);
  }
  return version;
}

// Building an index reads every name's pinyin (tens of milliseconds): one per version of the data, a few kept.
const MAX_INDEXES = 4;
const indexes = new Map<string, PlaceIndex>();

/** The index of every destination in the city's current data, and a version that changes with it. */
export async function destinationIndex(
  db: Db,
  source: CityBrainSource,
): Promise<{ version: string; index: PlaceIndex }> {
  const [pois, hospitals, parking] = await Promise.all([
    cityFeed(db, source, "pois"),
    cityFeed(db, source, "hospitals"),
    cityFeed(db, source, "parking"),
  ]);
  const streets = streetPlaces(parking.items);
  const version = `${pois.version}.${hospitals.version}.${versionOfStreets(streets)}`;
  let index = indexes.get(version);
  if (!index) {
    index = createPlaceIndex([
      ...sightPlaces(pois.items),
      ...stationPlaces(),
      ...hospitalPlaces(hospitals.items),
      ...streets,
    ]);
    indexes.set(version, index);
    if (indexes.size > MAX_INDEXES) indexes.delete(indexes.keys().next().value as string);
  }
  return { version, index };
}

/** Destinations matching what a person typed (already validated), best first, at most ten. */
export function searchDestinations(index: PlaceIndex, query: string, locale: Locale) {
  return { places: searchPlaces(index, query).map((place) => placeView(place, locale)) };
}

/** One destination by kind and id as a URL names them; 404 when the city's data has no such place (any more). */
export function getDestinationOrThrow(
  index: PlaceIndex,
  params: { kind: string; id: string },
  locale: Locale,
) {
  const named = PlaceParams.safeParse(params);
  const place = named.success ? index.byRef.get(placeRef(named.data)) : undefined;
  if (!place) throw new AppError("not_found", "errors.places.notFound");
  return { place: placeView(place, locale) };
}
