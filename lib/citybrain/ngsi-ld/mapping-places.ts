/** Sights and hospitals: both are Smart Data Models `PointOfInterest`; a hospital carries category "hospital". */
import { entitySlug } from "../entity-slug";
import type { Hospital, PointOfInterest } from "../types";
import {
  attributeValue,
  latLngOf,
  localizedName,
  localizedNameOf,
  type NgsiEntity,
  type NgsiProperty,
  point,
  property,
  recordOf,
  stringsOf,
} from "./normalized";

export const POINT_OF_INTEREST = "PointOfInterest";
export const HOSPITAL_CATEGORY = "hospital";

const NOTHING_ESTIMATED: PointOfInterest["estimated"] = {
  location: false,
  openingHours: false,
  visitMinutes: false,
  ticket: false,
  popularity: false,
};

/** Attributes whose value is null internally are left out: NGSI-LD has no null value. */
function optional(name: string, value: unknown): Record<string, NgsiProperty> {
  return value === null ? {} : { [name]: property(value) };
}

export function poiToEntity(p: PointOfInterest): NgsiEntity {
  return {
    id: p.id,
    type: POINT_OF_INTEREST,
    slug: property(p.slug),
    ...localizedName(p.name),
    location: point(p.location),
    ...optional("address", p.district === null ? null : { district: p.district }),
    category: property(p.categories),
    ...optional("openingHours", p.openingHours),
    visitMinutes: property(p.visitMinutes, { unitCode: "MIN" }),
    ...optional("ticketFen", p.ticketFen),
    popularity: property(p.popularity),
    ...optional("indoorOutdoor", p.indoorOutdoor),
    estimated: property(p.estimated),
  };
}

export function poiFromEntity(entity: NgsiEntity): unknown {
  return {
    id: entity.id,
    slug: attributeValue(entity, "slug") ?? entitySlug(entity.id),
    name: localizedNameOf(entity),
    location: latLngOf(attributeValue(entity, "location")),
    district: recordOf(attributeValue(entity, "address"))?.district ?? null,
    categories: stringsOf(attributeValue(entity, "category")) ?? [],
    openingHours: attributeValue(entity, "openingHours") ?? null,
    visitMinutes: attributeValue(entity, "visitMinutes"),
    ticketFen: attributeValue(entity, "ticketFen") ?? null,
    popularity: attributeValue(entity, "popularity"),
    indoorOutdoor: attributeValue(entity, "indoorOutdoor") ?? null,
    estimated: attributeValue(entity, "estimated") ?? NOTHING_ESTIMATED,
  };
}

export function hospitalToEntity(h: Hospital): NgsiEntity {
  return {
    id: h.id,
    type: POINT_OF_INTEREST,
    category: property([HOSPITAL_CATEGORY]),
    ...localizedName(h.name),
    location: point(h.location),
    ...optional("address", h.address === null ? null : { streetAddress: h.address }),
    ...optional("hospitalLevel", h.level),
    medicalSpecialty: property(h.departments),
    estimated: property(h.estimated),
  };
}

export function hospitalFromEntity(entity: NgsiEntity): unknown {
  return {
    id: entity.id,
    name: localizedNameOf(entity),
    level: attributeValue(entity, "hospitalLevel") ?? null,
    location: latLngOf(attributeValue(entity, "location")),
    address: recordOf(attributeValue(entity, "address"))?.streetAddress ?? null,
    departments: stringsOf(attributeValue(entity, "medicalSpecialty")) ?? [],
    estimated: attributeValue(entity, "estimated") ?? { location: false },
  };
}

export function isHospitalEntity(entity: NgsiEntity): boolean {
  return (stringsOf(attributeValue(entity, "category")) ?? []).includes(HOSPITAL_CATEGORY);
}
