import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { Hospital, PointOfInterest } from "@/lib/citybrain/types";
import type { Place } from "./place";

/** Sights, ranked among themselves by the feed's popularity (1–5). */
export function sightPlaces(pois: readonly PointOfInterest[]): Place[] {
  return pois.map((poi) => ({
    kind: "sight",
    id: poi.slug,
    name: poi.name,
    aliases: { zh: [], en: [] },
    location: { ...poi.location },
    popularity: poi.popularity,
  }));
}

// Where patients from the whole province are sent (三级甲等) before other hospitals of the same match.
const TOP_GRADE = /三甲|三级甲等/;

export function hospitalPlaces(hospitals: readonly Hospital[]): Place[] {
  return hospitals.map((hospital) => ({
    kind: "hospital",
    id: entitySlug(hospital.id),
    name: hospital.name,
    aliases: { zh: [], en: [] },
    location: { ...hospital.location },
    popularity: hospital.level && TOP_GRADE.test(hospital.level) ? 2 : 1,
  }));
}
