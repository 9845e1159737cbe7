import { type MatchQuality, matchPlace, readQuery } from "./match-place";
import { PLACE_KINDS, type Place, placeRef } from "./place";
import { type SearchKeys, searchKeysOf } from "./search-keys";

/** Places with their search keys (pinyin included), worked out once per set of places. */
export interface PlaceIndex {
  entries: { place: Place; keys: SearchKeys }[];
  byRef: Map<string, Place>;
}

export const MAX_RESULTS = 10;

export function createPlaceIndex(places: readonly Place[]): PlaceIndex {
  return {
    entries: places.map((place) => ({ place, keys: searchKeysOf(place) })),
    byRef: new Map(places.map((place) => [placeRef(place), place])),
  };
}

const KIND_ORDER = new Map(PLACE_KINDS.map((kind, order) => [kind, order]));

function compare(
  a: { place: Place; quality: MatchQuality },
  b: { place: Place; quality: MatchQuality },
): number {
  return (
    a.quality - b.quality ||
    KIND_ORDER.get(a.place.kind)! - KIND_ORDER.get(b.place.kind)! ||
    b.place.popularity - a.place.popularity ||
    a.place.name.zh.length - b.place.name.zh.length ||
    a.place.id.localeCompare(b.place.id)
  );
}

/**
 * Places matching what a person typed, best first: whole-name and name-start matches, then matches inside a name,
 * then loose ones (abbreviations, typos); within each, by kind (sights first), then by popularity.
 */
export function searchPlaces(index: PlaceIndex, raw: string, limit = MAX_RESULTS): Place[] {
  const query = readQuery(raw);
  const found: { place: Place; quality: MatchQuality }[] = [];
  for (const { place, keys } of index.entries) {
    const quality = matchPlace(query, keys);
    if (quality !== null) found.push({ place, quality });
  }
  return found
    .sort(compare)
    .slice(0, limit)
    .map(({ place }) => place);
}
