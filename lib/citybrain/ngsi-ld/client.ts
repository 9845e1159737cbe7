import "server-only";
import type { z } from "zod";
import type { CallOptions, CancellableSource } from "../cancellable-source";
import {
  AirQualityObserved,
  CrowdFlowObserved,
  type FeedItems,
  type GeoQuery,
  Hospital,
  type ObservationFeed,
  ParkingFacility,
  PointOfInterest,
  type TimeRange,
} from "../types";
import { FEED_SCHEMAS, validateItems } from "../validate-items";
import {
  airFromEntity,
  crowdFromEntity,
  hospitalFromEntity,
  PARKING_TYPES,
  parkingFromEntity,
  poiFromEntity,
} from "./mapping";
import { HOSPITAL_CATEGORY, isHospitalEntity, POINT_OF_INTEREST } from "./mapping-places";
import { contextLink, type NgsiEntity, SMART_DATA_MODELS_CONTEXT } from "./normalized";
import { readAllPages } from "./read-all-pages";
import { fromTemporalEntity } from "./temporal";

export interface NgsiLdSourceOptions {
  /** The broker's root, e.g. http://broker:1026 (the client adds /ngsi-ld/v1/…). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** `limit` of each page. Default 100. */
  pageSize?: number;
  /** Sent as `NGSILD-Tenant`. */
  tenant?: string;
  /** The JSON-LD context sent in the `Link` header. Default: the Smart Data Models context. */
  contextUrl?: string;
  /** Pages followed before the broker is judged never-ending. Default 1 000. */
  maxPages?: number;
  warn?: (message: string) => void;
}

/** Which NGSI-LD entity types hold each observation feed, and how one reading maps back. */
const FEEDS: {
  [F in ObservationFeed]: { types: readonly string[]; fromEntity: (e: NgsiEntity) => unknown };
} = {
  parking: { types: PARKING_TYPES, fromEntity: parkingFromEntity },
  air: { types: ["AirQualityObserved"], fromEntity: airFromEntity },
  crowd: { types: ["CrowdFlowObserved"], fromEntity: crowdFromEntity },
};

/**
 * City data from an NGSI-LD broker (ETSI GS CIM 009; the subset is in CONVENTIONS.md): entity queries for
 * the live feeds, temporal queries for history, every page followed. Answers are validated as they
 * arrive; wrap in `withResilience` for timeouts, retries and the circuit breaker.
 */
export function createNgsiLdSource(options: NgsiLdSourceOptions): CancellableSource {
  const root = new URL(
    "ngsi-ld/v1/",
    options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`,
  );
  const fetchImpl = options.fetch ?? fetch;
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 1_000;
  const warn = options.warn ?? console.warn;
  const headers: Record<string, string> = {
    Accept: "application/json",
    Link: contextLink(options.contextUrl ?? SMART_DATA_MODELS_CONTEXT),
  };
  if (options.tenant) headers["NGSILD-Tenant"] = options.tenant;

  function read(path: string, params: Record<string, string>, label: string, signal?: AbortSignal) {
    const url = new URL(path, root);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return readAllPages({ fetch: fetchImpl, url, headers, signal, pageSize, maxPages, label });
  }

  async function entities<T>(
    label: string,
    schema: z.ZodType<T>,
    params: Record<string, string>,
    fromEntity: (entity: NgsiEntity) => unknown,
    signal?: AbortSignal,
    keep: (entity: NgsiEntity) => boolean = () => true,
  ): Promise<T[]> {
    const payload = await read("entities", params, label, signal);
    const wanted = payload.filter((item) => !isEntity(item) || keep(item));
    return validateItems(label, schema, wanted.map(mapRecord(fromEntity)), warn).items;
  }

  async function history<F extends ObservationFeed>(
    feed: F,
    range: TimeRange,
    signal?: AbortSignal,
  ): Promise<FeedItems[F][]> {
    if (range.entityIds?.length === 0) return [];
    const params: Record<string, string> = {
      type: FEEDS[feed].types.join(","),
      timerel: "between",
      timeAt: range.from.toISOString(),
      // TimeRange is inclusive of `to`; NGSI-LD `between` excludes endTimeAt.
      endTimeAt: new Date(range.to.getTime() + 1).toISOString(),
    };
    if (range.entityIds) params.id = range.entityIds.join(",");
    const label = `history ${feed}`;
    const temporal = await read("temporal/entities", params, label, signal);
    const readings = temporal.flatMap((entity) => (isEntity(entity) ? fromTemporalEntity(entity) : [entity]));
    const { items } = validateItems(
      label,
      FEED_SCHEMAS[feed],
      readings.map(mapRecord(FEEDS[feed].fromEntity)),
      warn,
    );
    return items.sort(oldestFirst);
  }

  return {
    kind: "ngsi-ld",
    parking: (query?: { geo?: GeoQuery }, opts?: CallOptions) =>
      entities(
        "parking",
        ParkingFacility,
        { type: PARKING_TYPES.join(","), ...(query?.geo ? nearParams(query.geo) : {}) },
        parkingFromEntity,
        opts?.signal,
      ),
    airQuality: (opts?: CallOptions) =>
      entities("air", AirQualityObserved, { type: "AirQualityObserved" }, airFromEntity, opts?.signal),
    crowdFlow: (opts?: CallOptions) =>
      entities("crowd", CrowdFlowObserved, { type: "CrowdFlowObserved" }, crowdFromEntity, opts?.signal),
    pointsOfInterest: (opts?: CallOptions) =>
      entities(
        "pois",
        PointOfInterest,
        { type: POINT_OF_INTEREST, q: `category!="${HOSPITAL_CATEGORY}"` },
        poiFromEntity,
        opts?.signal,
        // Even a broker that reads != differently on arrays must not turn hospitals into sights.
        (entity) => !isHospitalEntity(entity),
      ),
    hospitals: (opts?: CallOptions) =>
      entities(
        "hospitals",
        Hospital,
        { type: POINT_OF_INTEREST, q: `category=="${HOSPITAL_CATEGORY}"` },
        hospitalFromEntity,
        opts?.signal,
      ),
    history: (feed, range, opts?: CallOptions) => history(feed, range, opts?.signal),
  };
}

/** `near` from the NGSI-LD geo-query language; coordinates are GeoJSON order, longitude first. */
export function nearParams(geo: GeoQuery): Record<string, string> {
  return {
    georel: `near;maxDistance==${geo.maxDistanceM}`,
    geometry: "Point",
    coordinates: JSON.stringify([geo.near.lng, geo.near.lat]),
  };
}

function isEntity(value: unknown): value is NgsiEntity {
  return typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string";
}

/** Maps what looks like an entity; anything else passes through for validation to drop and count. */
function mapRecord(fromEntity: (entity: NgsiEntity) => unknown) {
  return (item: unknown) => (isEntity(item) ? fromEntity(item) : item);
}

function oldestFirst(a: { observedAt: string; id: string }, b: { observedAt: string; id: string }): number {
  const byTime = Date.parse(a.observedAt) - Date.parse(b.observedAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
