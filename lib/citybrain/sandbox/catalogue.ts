import type { Hospital, PointOfInterest } from "@/lib/citybrain/types";
import { sandboxData } from "./data-schema";

/** The sights as the feed serves them (static: fresh copies on every call). */
export function listPointsOfInterest(): PointOfInterest[] {
  return sandboxData().pois.map((p) => ({
    id: `urn:ngsi-ld:PointOfInterest:hangzhou:${p.slug}`,
    slug: p.slug,
    name: { ...p.name },
    location: { lat: p.lat, lng: p.lng },
    district: p.district,
    categories: [...p.categories],
    openingHours: p.openingHours,
    visitMinutes: p.visitMinutes,
    ticketFen: p.ticketFen,
    popularity: p.popularity,
    indoorOutdoor: p.indoorOutdoor,
    estimated: { ...p.estimated },
  }));
}

/** Hospitals are Smart Data Models PointOfInterest entities (category "hospital"), and their ids say so. */
export function listHospitals(): Hospital[] {
  return sandboxData().hospitals.map((h) => ({
    id: `urn:ngsi-ld:PointOfInterest:hangzhou:${h.slug}`,
    name: { ...h.name },
    level: h.level,
    location: { lat: h.lat, lng: h.lng },
    address: h.address,
    departments: [...h.departments],
    estimated: { ...h.estimated },
  }));
}
