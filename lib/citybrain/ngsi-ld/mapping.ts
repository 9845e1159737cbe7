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

/** The app's own category for a car park that takes bookings; not a DATEX II category value. */
const RESERVABLE = "reservable";
/** DATEX II ReservationType values under which a space can be booked. */
const BOOKABLE_RESERVATION_TYPES = ["optional", "mandatory", "partly"];

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
    category: property(p.category.filter((category) => category !== RESERVABLE)),
    // Bookable here means booking is possible but parking without one is too: DATEX II "optional".
    reservationType: property([p.category.includes(RESERVABLE) ? "optional" : "notAvailable"]),
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
    category: categoriesOf(entity),
    estimated: attributeValue(entity, "estimated") ?? { capacity: false, location: false },
  };
}

/** The model's categories, plus "reservable" (last, where the feeds put it) when a booking can be made. */
function categoriesOf(entity: NgsiEntity): string[] {
  const named = stringsOf(attributeValue(entity, "category")) ?? [];
  const reservationTypes = stringsOf(attributeValue(entity, "reservationType")) ?? [];
  // A broker written before reservationType may still list "reservable" among the categories.
  const bookable =
    named.includes(RESERVABLE) || reservationTypes.some((type) => BOOKABLE_RESERVATION_TYPES.includes(type));
  const categories = named.filter((category) => category !== RESERVABLE);
  return bookable ? [...categories, RESERVABLE] : categories;
}

type AirReading = Exclude<
  keyof AirQualityObserved,
  "id" | "stationCode" | "name" | "location" | "observedAt"
>;

/**
 * The model's windDirection is −180…180 degrees; the feeds' is 0–360 compass degrees (both from north,
 * clockwise), so south-west 225 is written −135 and read back as 225.
 */
const signedDegrees = (compass: number) => (compass > 180 ? compass - 360 : compass);
const compassDegrees = (signed: number) => (signed < 0 ? signed + 360 : signed);

interface AirAttribute {
  attribute: string;
  unitCode?: string;
  /** Internal value → the model's, and back, where the two scales differ. */
  write?: (value: number) => number;
  read?: (value: number) => number;
}

/** Internal reading → model attribute name and UN/CEFACT unit (µg/m³ GQ, mg/m³ GP, °C CEL, m/s MTS…). */
const AIR_READINGS: Record<AirReading, AirAttribute> = {
  pm25: { attribute: "pm25", unitCode: "GQ" },
  pm10: { attribute: "pm10", unitCode: "GQ" },
  so2: { attribute: "so2", unitCode: "GQ" },
  no2: { attribute: "no2", unitCode: "GQ" },
  co: { attribute: "co", unitCode: "GP" },
  o3: { attribute: "o3", unitCode: "GQ" },
  temperature: { attribute: "temperature", unitCode: "CEL" },
  relativeHumidity: { attribute: "relativeHumidity" },
  windSpeed: { attribute: "windSpeed", unitCode: "MTS" },
  windDirection: { attribute: "windDirection", unitCode: "DD", write: signedDegrees, read: compassDegrees },
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
    const { attribute, unitCode, write } = AIR_READINGS[key];
    if (reading === null) continue;
    entity[attribute] = property(write ? write(reading) : reading, { observedAt: a.observedAt, unitCode });
  }
  return entity;
}

export function airFromEntity(entity: NgsiEntity): unknown {
  const readings = Object.fromEntries(
    AIR_READING_KEYS.map((key) => {
      const { attribute, read } = AIR_READINGS[key];
      const value = attributeValue(entity, attribute) ?? null;
      return [key, read && typeof value === "number" ? read(value) : value];
    }),
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
    // The model's occupancy is the share of time a walkway was occupied (0–1); ours is the load on the sight's
    // comfortable capacity and passes 1 when crowded, so it travels under its own name, and the model's
    // congested flag says when it passes 1.
    comfortOccupancy: property(c.occupancy, at),
    congested: property(c.occupancy > 1, at),
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
    // Another city's walkway occupancy is the nearest thing it has to a load.
    occupancy: attributeValue(entity, "comfortOccupancy") ?? attributeValue(entity, "occupancy"),
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
