/** Reads and checks the query parameters of the two served operations; anything else is refused. */
import type { GeoQuery } from "../types";
import { badRequest, notSupported } from "./problem-details";
import { parseQuery, type QueryTerm } from "./query-language";

export interface Paging {
  limit: number;
  offset: number;
  count: boolean;
}

/** How attributes are written: normalized (with observedAt, unitCode) or key-values (bare values). */
export type Representation = "normalized" | "keyValues";

export interface EntityQuery extends Paging {
  representation: Representation;
  types?: string[];
  ids?: string[];
  q?: QueryTerm[];
  near?: GeoQuery;
}

export interface TemporalQuery extends Paging {
  types?: string[];
  ids?: string[];
  /** [from, endExclusive): NGSI-LD `between` includes timeAt and excludes endTimeAt. */
  from: Date;
  endExclusive: Date;
}

const DEFAULT_LIMIT = 20;
/** Valid NGSI-LD parameters this broker does not implement: refused as OperationNotSupported. */
const NOT_SERVED = new Set([
  "attrs",
  "pick",
  "omit",
  "idPattern",
  "scopeQ",
  "lang",
  "csf",
  "orderBy",
  "orderDirection",
  "expandValues",
  "datasetId",
  "join",
  "joinLevel",
  "containedBy",
  "local",
  "via",
  "lastN",
  "aggrMethods",
  "aggrPeriodDuration",
]);
const ENTITY_PARAMS = new Set(["type", "id", "q", "georel", "geometry", "coordinates", "geoproperty"]);
const TEMPORAL_PARAMS = new Set([
  "type",
  "id",
  "timerel",
  "timeAt",
  "endTimeAt",
  "time",
  "endTime",
  "timeproperty",
]);
const COMMON_PARAMS = new Set(["limit", "offset", "count", "options", "format"]);
/** `simplified` is keyValues' newer name; brokers answer both. */
const KEY_VALUES = new Set(["keyValues", "simplified"]);
/** Valid representation options this broker does not produce. */
const OTHER_OPTIONS = new Set([
  "concise",
  "sysAttrs",
  "temporalValues",
  "audit",
  "entityMap",
  "splitEntities",
]);
const OTHER_GEORELS = ["within", "contains", "intersects", "equals", "disjoint", "overlaps"];
const OTHER_GEOMETRIES = ["LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon"];

export function parseEntityQuery(params: URLSearchParams, maxLimit: number): EntityQuery {
  checkNames(params, ENTITY_PARAMS);
  const query: EntityQuery = {
    ...parsePaging(params, maxLimit),
    ...parseTypesAndIds(params),
    representation: parseRepresentation(params),
  };
  const q = params.get("q");
  if (q !== null) query.q = parseQuery(q);
  const near = parseGeo(params);
  if (near) query.near = near;
  if (!query.types && !query.ids && !query.q && !query.near) {
    throw badRequest("Query entities needs at least one of type, id, q or a geo-query");
  }
  return query;
}

export function parseTemporalQuery(params: URLSearchParams, maxLimit: number): TemporalQuery {
  checkNames(params, TEMPORAL_PARAMS);
  // The temporal API's own simplified form is temporalValues; only the normalized one is served.
  if (parseRepresentation(params) !== "normalized") {
    throw notSupported("Temporal evolution is served in the normalized representation only");
  }
  const scope = parseTypesAndIds(params);
  if (!scope.types && !scope.ids) throw badRequest("A temporal query needs type or id");
  const timeproperty = params.get("timeproperty");
  if (timeproperty !== null && timeproperty !== "observedAt") {
    throw notSupported(`timeproperty=${timeproperty}: only observedAt is served`);
  }
  const timerel = params.get("timerel");
  if (timerel === null) throw badRequest("timerel is required (timerel=between&timeAt=…&endTimeAt=…)");
  if (timerel === "before" || timerel === "after")
    throw notSupported(`timerel=${timerel}: only between is served`);
  if (timerel !== "between") throw badRequest(`timerel=${timerel} is not before, after or between`);
  const from = parseInstant("timeAt", params.get("timeAt") ?? params.get("time"));
  const endExclusive = parseInstant("endTimeAt", params.get("endTimeAt") ?? params.get("endTime"));
  if (endExclusive <= from) throw badRequest("endTimeAt must be after timeAt");
  return { ...parsePaging(params, maxLimit), ...scope, from, endExclusive };
}

function checkNames(params: URLSearchParams, allowed: Set<string>): void {
  for (const name of new Set(params.keys())) {
    if (allowed.has(name) || COMMON_PARAMS.has(name)) continue;
    if (NOT_SERVED.has(name) || ENTITY_PARAMS.has(name) || TEMPORAL_PARAMS.has(name)) {
      throw notSupported(`The parameter ${name} is not served here`);
    }
    throw badRequest(`Unknown parameter ${name}`);
  }
}

/**
 * `options=keyValues|simplified|normalized` and `format=…` (NGSI-LD 1.8) with the same values; `format` wins
 * when both are given, as in Stellio.
 */
function parseRepresentation(params: URLSearchParams): Representation {
  const options = params.get("options");
  let fromOptions: Representation | undefined;
  for (const option of options === null ? [] : options.split(",")) {
    const named = representationNamed(option);
    if (named === undefined && option === "count") continue;
    if (named === undefined) throw notServedOrUnknown("options", option);
    if (fromOptions !== undefined && fromOptions !== named) {
      throw badRequest("options asks for both the normalized and the key-values representation");
    }
    fromOptions = named;
  }
  const format = params.get("format");
  if (format === null) return fromOptions ?? "normalized";
  const named = representationNamed(format);
  if (named === undefined) throw notServedOrUnknown("format", format);
  return named;
}

function representationNamed(name: string): Representation | undefined {
  if (name === "normalized") return "normalized";
  return KEY_VALUES.has(name) ? "keyValues" : undefined;
}

function notServedOrUnknown(parameter: string, value: string) {
  return OTHER_OPTIONS.has(value)
    ? notSupported(`${parameter}=${value}: the normalized and key-values representations are served`)
    : badRequest(`Unknown ${parameter} value ${value}`);
}

function parsePaging(params: URLSearchParams, maxLimit: number): Paging {
  const limit = parseCount("limit", params.get("limit"), DEFAULT_LIMIT);
  if (limit > maxLimit) throw badRequest(`limit must not exceed ${maxLimit}`);
  const count = params.get("count") ?? "false";
  if (count !== "true" && count !== "false") throw badRequest("count must be true or false");
  return { limit, offset: parseCount("offset", params.get("offset"), 0), count: count === "true" };
}

function parseCount(name: string, raw: string | null, fallback: number): number {
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw)) throw badRequest(`${name} must be a whole number ≥ 0, not "${raw}"`);
  return Number(raw);
}

function parseTypesAndIds(params: URLSearchParams): { types?: string[]; ids?: string[] } {
  const scope: { types?: string[]; ids?: string[] } = {};
  const type = params.get("type");
  if (type !== null) {
    if (/[;|()]/.test(type)) throw notSupported("Type expressions are not served: list types with commas");
    scope.types = type.split(",").map((name) => {
      if (name.includes(":")) throw notSupported(`Expanded type IRIs are not served ("${name}")`);
      if (!/^[A-Za-z_][\w-]*$/.test(name)) throw badRequest(`"${name}" is not an entity type name`);
      return name;
    });
  }
  const id = params.get("id");
  if (id !== null) {
    scope.ids = id.split(",").map((value) => {
      if (!/^[A-Za-z][\w+.-]*:\S+$/.test(value)) throw badRequest(`"${value}" is not an entity id (a URI)`);
      return value;
    });
  }
  return scope;
}

function parseGeo(params: URLSearchParams): GeoQuery | undefined {
  const georel = params.get("georel");
  const geometry = params.get("geometry");
  const coordinates = params.get("coordinates");
  if (georel === null && geometry === null && coordinates === null) return undefined;
  if (georel === null || geometry === null || coordinates === null) {
    throw badRequest("A geo-query needs georel, geometry and coordinates together");
  }
  const geoproperty = params.get("geoproperty");
  if (geoproperty !== null && geoproperty !== "location")
    throw notSupported("Only geoproperty=location is served");
  const relation = georel.split(";")[0] ?? "";
  if (OTHER_GEORELS.includes(relation)) throw notSupported(`georel=${relation}: only near is served`);
  const distance = /^near;maxDistance==(\d+(?:\.\d+)?)$/.exec(georel);
  if (!distance) {
    if (/^near;minDistance==\d/.test(georel)) throw notSupported("near;minDistance is not served");
    throw badRequest(`georel "${georel}" is not near;maxDistance==<metres>`);
  }
  if (OTHER_GEOMETRIES.includes(geometry)) throw notSupported(`geometry=${geometry}: only Point is served`);
  if (geometry !== "Point") throw badRequest(`"${geometry}" is not a GeoJSON geometry type`);
  const [lng, lat] = parsePoint(coordinates);
  return { near: { lat, lng }, maxDistanceM: Number(distance[1]) };
}

function parsePoint(coordinates: string): [number, number] {
  let value: unknown;
  try {
    value = JSON.parse(coordinates);
  } catch {
    throw badRequest(`coordinates "${coordinates}" is not a JSON array`);
  }
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === "number")) {
    throw badRequest("coordinates of a Point are [longitude, latitude]");
  }
  const [lng, lat] = value as [number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) throw badRequest(`[${lng}, ${lat}] is not a WGS84 position`);
  return [lng, lat];
}

function parseInstant(name: string, raw: string | null): Date {
  if (raw === null) throw badRequest(`${name} is required with timerel=between`);
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) {
    throw badRequest(`${name} "${raw}" is not an ISO 8601 date-time`);
  }
  return at;
}
