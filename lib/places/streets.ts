import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { ParkingFacility } from "@/lib/citybrain/types";
import type { Place } from "./place";

// A street-berth group is named for its street, with the stretch in brackets: "平海路(湖滨段)道路泊位" /
// "Pinghai Rd (Hubin) street berths". Berths at a sight's gate ("花港西门(道路)") name no street and are left out.
const CHINESE = /^(.+?)\s*(?:[(（][^()（）]*[)）])?\s*道路泊位$/;
const ENGLISH = /^(.+?)\s*(?:\([^()]*\))?\s+street berths$/i;

/** The street a berth group stands on, in both languages, or null when its names do not say. */
export function streetOf(
  facility: Pick<ParkingFacility, "type" | "name">,
): { zh: string; en: string } | null {
  if (facility.type !== "OnStreetParking") return null;
  const zh = CHINESE.exec(facility.name.zh)?.[1];
  const en = ENGLISH.exec(facility.name.en)?.[1];
  return zh && en ? { zh, en } : null;
}

/**
 * Streets as destinations, one per street however many berth groups stand on it, at the first group's point (the
 * sourced point on that street the group was placed at). Nothing in the data says how sought-after a street is.
 */
export function streetPlaces(facilities: readonly ParkingFacility[]): Place[] {
  const streets = new Map<string, Place>();
  for (const facility of facilities) {
    const street = streetOf(facility);
    if (!street || streets.has(street.zh)) continue;
    streets.set(street.zh, {
      kind: "street",
      id: entitySlug(facility.id).replace(/^street-/, ""),
      name: street,
      aliases: { zh: [], en: [] },
      location: { ...facility.location },
      popularity: 1,
    });
  }
  return [...streets.values()];
}
