/** What the broker answers: the source's items as NGSI-LD entities, filtered as the query asks. */
import { distanceMeters } from "@/lib/geo/distance";
import type { CityBrainSource, GeoQuery, ObservationFeed } from "../types";
import type { EntityQuery, TemporalQuery } from "./broker-params";
import { airToEntity, crowdToEntity, hospitalToEntity, parkingToEntity, poiToEntity } from "./mapping";
import { attributeValue, latLngOf, type NgsiEntity } from "./normalized";
import { matchesQuery } from "./query-language";
import { toTemporalEntities } from "./temporal";

type Collection = "parking" | "air" | "crowd" | "places";

const COLLECTION_OF_TYPE: Record<string, Collection> = {
  OffStreetParking: "parking",
  OnStreetParking: "parking",
  AirQualityObserved: "air",
  CrowdFlowObserved: "crowd",
  PointOfInterest: "places",
};
/** Every entity type the broker holds. */
export const SERVED_TYPES = Object.keys(COLLECTION_OF_TYPE);

const FEED_OF_TYPE: Record<string, ObservationFeed> = {
  OffStreetParking: "parking",
  OnStreetParking: "parking",
  AirQualityObserved: "air",
  CrowdFlowObserved: "crowd",
};

async function load(source: CityBrainSource, collection: Collection, near?: GeoQuery): Promise<NgsiEntity[]> {
  switch (collection) {
    // The source answers a geo-query for parking itself, so its own notion of "near" is kept.
    case "parking":
      return (await source.parking(near ? { geo: near } : undefined)).map(parkingToEntity);
    case "air":
      return withinReach((await source.airQuality()).map(airToEntity), near);
    case "crowd":
      return withinReach((await source.crowdFlow()).map(crowdToEntity), near);
    case "places": {
      const [pois, hospitals] = await Promise.all([source.pointsOfInterest(), source.hospitals()]);
      return withinReach([...pois.map(poiToEntity), ...hospitals.map(hospitalToEntity)], near);
    }
  }
}

function withinReach(entities: NgsiEntity[], near?: GeoQuery): NgsiEntity[] {
  if (!near) return entities;
  return entities.filter((entity) => {
    const position = latLngOf(attributeValue(entity, "location"));
    if (typeof position?.lat !== "number" || typeof position.lng !== "number") return false;
    return distanceMeters(near.near, { lat: position.lat, lng: position.lng }) <= near.maxDistanceM;
  });
}

/** All entities matching the query, in a stable order (the source's), before paging. */
export async function findEntities(source: CityBrainSource, query: EntityQuery): Promise<NgsiEntity[]> {
  const collections = new Set<Collection>(
    query.types
      ? query.types.flatMap((type) => COLLECTION_OF_TYPE[type] ?? [])
      : ["parking", "air", "crowd", "places"],
  );
  const lists = await Promise.all([...collections].map((collection) => load(source, collection, query.near)));
  const types = query.types ? new Set(query.types) : null;
  const ids = query.ids ? new Set(query.ids) : null;
  return lists
    .flat()
    .filter((entity) => !types || types.has(entity.type))
    .filter((entity) => !ids || ids.has(entity.id))
    .filter((entity) => !query.q || matchesQuery(entity, query.q));
}

/** Temporal entities with every reading in [from, endExclusive), entities in order of first reading. */
export async function findTemporalEntities(
  source: CityBrainSource,
  query: TemporalQuery,
): Promise<NgsiEntity[]> {
  const feeds = new Set<ObservationFeed>(
    query.types ? query.types.flatMap((type) => FEED_OF_TYPE[type] ?? []) : ["parking", "air", "crowd"],
  );
  // The internal TimeRange includes `to`; the last instant before endExclusive is the millisecond before.
  const range = { from: query.from, to: new Date(query.endExclusive.getTime() - 1), entityIds: query.ids };
  const types = query.types ? new Set(query.types) : null;
  const readings: NgsiEntity[] = [];
  for (const feed of feeds) {
    if (feed === "parking") readings.push(...(await source.history("parking", range)).map(parkingToEntity));
    if (feed === "air") readings.push(...(await source.history("air", range)).map(airToEntity));
    if (feed === "crowd") readings.push(...(await source.history("crowd", range)).map(crowdToEntity));
  }
  return toTemporalEntities(readings.filter((entity) => !types || types.has(entity.type)));
}
