/**
 * Internal feed items ↔ NGSI-LD normalized entities (Smart Data Models attribute names; conventions in
 * CONVENTIONS.md). `…ToEntity` is exact; `…FromEntity` is lenient and returns a candidate that the zod
 * schema checks where it enters, so an entity the app cannot use is dropped rather than trusted.
 */
import { entitySlug } from "../entity-slug";
import type { AirQualityObserved, CrowdFlowObserved, ParkingFacility } from "../types";
import {
  attributeValue,
  latLngOf,
  localizedName,
  localizedNameOf,
  type NgsiEntity,
  observedAtOf,
  point,
  property,
  relationship,
  stringOf,
  stringsOf,
} from "./normalized";

export { hospitalFromEntity, hospitalToEntity, poiFromEntity, poiToEntity } from "./mapping-places";

export const PARKING_TYPES = ["OffStreetParking", "OnStreetParking"] as const;

export function parkingToEntity(p: ParkingFacility): NgsiEntity {
  const at = { observedAt: p.observedAt };
  return {
    id: p.id,
    type: p.type,
    ...localizedName(p.name),
    location: point(p.location),
    tariffZone: property(p.zone),
    totalSpotNumber: property(p.totalSpotNumber, at),
    availableSpotNumber: property(p.availableSpotNumber, at),
    category: property(p.category),
    estimated: property(p.estimated),
  };
}

export function parkingFromEntity(entity: NgsiEntity): unknown {
  return {
    id: entity.id,
    type: entity.type,
    name: localizedNameOf(entity),
    location: latLngOf(attributeValue(entity, "location")),
    // A car park from a broker that knows nothing of Hangzhou's tariff zones is still an off-street one.
    zone:
      attributeValue(entity, "tariffZone") ?? (entity.type === "OffStreetParking" ? "offstreet" : undefined),
    totalSpotNumber: attributeValue(entity, "totalSpotNumber"),
    availableSpotNumber: attributeValue(entity, "availableSpotNumber"),
    observedAt:
      observedAtOf(entity, "availableSpotNumber") ?? stringOf(attributeValue(entity, "observationDateTime")),
    category: stringsOf(attributeValue(entity, "category")) ?? [],
    estimated: attributeValue(entity, "estimated") ?? { capacity: false, location: false },
  };
}

type AirReading = Exclude<
  keyof AirQualityObserved,
  "id" | "stationCode" | "name" | "location" | "observedAt"
>;

/** Internal reading → model attribute name and UN/CEFACT unit (µg/m³ GQ, mg/m³ GP, °C CEL, m/s MTS…). */
const AIR_READINGS: Record<AirReading, { attribute: string; unitCode?: string }> = {
  pm25: { attribute: "pm25", unitCode: "GQ" },
  pm10: { attribute: "pm10", unitCode: "GQ" },
  so2: { attribute: "so2", unitCode: "GQ" },
  no2: { attribute: "no2", unitCode: "GQ" },
  co: { attribute: "co", unitCode: "GP" },
  o3: { attribute: "o3", unitCode: "GQ" },
  temperature: { attribute: "temperature", unitCode: "CEL" },
  relativeHumidity: { attribute: "relativeHumidity" },
  windSpeed: { attribute: "windSpeed", unitCode: "MTS" },
  windDirection: { attribute: "windDirection", unitCode: "DD" },
  precipitation: { attribute: "precipitation" },
  atmosphericPressure: { attribute: "pressure", unitCode: "A97" },
};
const AIR_READING_KEYS = Object.keys(AIR_READINGS) as AirReading[];

export function airToEntity(a: AirQualityObserved): NgsiEntity {
  const entity: NgsiEntity = {
    id: a.id,
    type: "AirQualityObserved",
    stationCode: property(a.stationCode),
    ...localizedName(a.name),
    location: point(a.location),
    dateObserved: property(a.observedAt, { observedAt: a.observedAt }),
  };
  // NGSI-LD has no null value: a reading the station did not report is simply absent.
  for (const key of AIR_READING_KEYS) {
    const reading = a[key];
    const { attribute, unitCode } = AIR_READINGS[key];
    if (reading !== null) entity[attribute] = property(reading, { observedAt: a.observedAt, unitCode });
  }
  return entity;
}

export function airFromEntity(entity: NgsiEntity): unknown {
  const readings = Object.fromEntries(
    AIR_READING_KEYS.map((key) => [key, attributeValue(entity, AIR_READINGS[key].attribute) ?? null]),
  );
  return {
    id: entity.id,
    stationCode: attributeValue(entity, "stationCode") ?? entitySlug(entity.id),
    name: localizedNameOf(entity),
    location: latLngOf(attributeValue(entity, "location")),
    observedAt: stringOf(attributeValue(entity, "dateObserved")) ?? firstObservedAt(entity),
    ...readings,
  };
}

export function crowdToEntity(c: CrowdFlowObserved): NgsiEntity {
  const at = { observedAt: c.observedAt };
  return {
    id: c.id,
    type: "CrowdFlowObserved",
    refPointOfInterest: relationship(c.refPointOfInterest),
    dateObserved: property(c.observedAt, at),
    peopleCount: property(c.peopleCount, at),
    occupancy: property(c.occupancy, at),
    queueMinutes: property(c.queueMinutes, { ...at, unitCode: "MIN" }),
    dayType: property(c.dayType, at),
  };
}

export function crowdFromEntity(entity: NgsiEntity): unknown {
  return {
    id: entity.id,
    refPointOfInterest: attributeValue(entity, "refPointOfInterest"),
    observedAt: stringOf(attributeValue(entity, "dateObserved")) ?? observedAtOf(entity, "peopleCount"),
    peopleCount: attributeValue(entity, "peopleCount"),
    occupancy: attributeValue(entity, "occupancy"),
    queueMinutes: attributeValue(entity, "queueMinutes"),
    dayType: attributeValue(entity, "dayType"),
  };
}

function firstObservedAt(entity: NgsiEntity): string | undefined {
  for (const name of Object.keys(entity)) {
    const observedAt = observedAtOf(entity, name);
    if (observedAt) return observedAt;
  }
  return undefined;
}
