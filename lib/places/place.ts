import type { LatLng, LocalizedText } from "@/lib/citybrain/types";

/**
 * What a person may head for, in the order results of equal match are listed: a sight is what most searches name
 * (and a street or stop is often named after the sight beside it), a station or a hospital is a trip's clear end,
 * a street the broadest.
 */
/** The longest search a person may type (the search box stops there; the API refuses longer). */
export const MAX_QUERY_LENGTH = 40;

export const PLACE_KINDS = ["sight", "station", "hospital", "street"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A destination: a sight, a railway or metro station, a hospital, or a street with berths. WGS84. */
export interface Place {
  kind: PlaceKind;
  /** Unique within its kind; `kind:id` names the place in a URL (`/parking?to=sight:leifeng-pagoda`). */
  id: string;
  name: LocalizedText;
  /** Other names people search by: the part in brackets, short forms, the name on the other side of a slash. */
  aliases: { zh: string[]; en: string[] };
  location: LatLng;
  /** How sought-after among places of its own kind, higher first; never compared across kinds. */
  popularity: number;
}

/** A destination as the app shows it (the API's answers): its name in the caller's language, WGS84. */
export interface PlaceView {
  kind: PlaceKind;
  id: string;
  name: string;
  lat: number;
  lng: number;
}

/** `sight:leifeng-pagoda`. */
export function placeRef(place: Pick<Place, "kind" | "id">): string {
  return `${place.kind}:${place.id}`;
}

/** What a place's id may hold: the feeds' slugs. */
export const PLACE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** "sight:leifeng-pagoda" → its kind and id; null for anything else. */
export function parsePlaceRef(text: string | null | undefined): Pick<Place, "kind" | "id"> | null {
  const [kind, id, ...rest] = (text ?? "").split(":");
  if (rest.length > 0 || !id || !PLACE_ID.test(id)) return null;
  const known = PLACE_KINDS.find((candidate) => candidate === kind);
  return known ? { kind: known, id } : null;
}
