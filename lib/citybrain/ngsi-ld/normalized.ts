/** NGSI-LD entities in the normalized representation, and lenient readers for what brokers send back. */

/** One context for every model the app reads (Parking, Environment, PointOfInterest, Transportation). */
export const SMART_DATA_MODELS_CONTEXT = "https://smartdatamodels.org/context.jsonld";
export const CORE_CONTEXT = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld";
export const JSON_LD_CONTEXT_REL = "http://www.w3.org/ns/json-ld#context";

export interface NgsiEntity {
  id: string;
  type: string;
  [attribute: string]: unknown;
}

export interface NgsiProperty {
  type: "Property";
  value: unknown;
  observedAt?: string;
  unitCode?: string;
}

export interface NgsiRelationship {
  type: "Relationship";
  object: string;
  observedAt?: string;
}

export interface NgsiGeoProperty {
  type: "GeoProperty";
  value: { type: "Point"; coordinates: [number, number] };
}

/** The `Link` header value that names the JSON-LD context of a request or response. */
export function contextLink(contextUrl: string): string {
  return `<${contextUrl}>; rel="${JSON_LD_CONTEXT_REL}"; type="application/ld+json"`;
}

export function property(
  value: unknown,
  meta: { observedAt?: string; unitCode?: string } = {},
): NgsiProperty {
  const attribute: NgsiProperty = { type: "Property", value };
  if (meta.observedAt !== undefined) attribute.observedAt = meta.observedAt;
  if (meta.unitCode !== undefined) attribute.unitCode = meta.unitCode;
  return attribute;
}

export function relationship(object: string, observedAt?: string): NgsiRelationship {
  return observedAt === undefined
    ? { type: "Relationship", object }
    : { type: "Relationship", object, observedAt };
}

/** GeoJSON order: longitude first. */
export function point(location: { lat: number; lng: number }): NgsiGeoProperty {
  return { type: "GeoProperty", value: { type: "Point", coordinates: [location.lng, location.lat] } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value of an attribute, whichever way the broker wrote it: a normalized Property (`value`),
 * Relationship (`object`), LanguageProperty (`languageMap`), a key-values bare value, or a JSON-LD value
 * object (`{"@type": "DateTime", "@value": …}`, as in the Smart Data Models examples).
 */
export function attributeValue(entity: NgsiEntity, name: string): unknown {
  const attribute = entity[name];
  // An array of attributes is a multi-attribute (or temporal instances), not one value; a key-values
  // array such as `category: ["public"]` is the value itself.
  if (Array.isArray(attribute)) return attribute.some(isAttribute) ? undefined : attribute;
  if (!isRecord(attribute)) return unwrapValueObject(attribute);
  if (attribute.type === "Relationship") return attribute.object;
  if (attribute.type === "LanguageProperty") return attribute.languageMap;
  if (attribute.type === "Property" || attribute.type === "GeoProperty")
    return unwrapValueObject(attribute.value);
  return unwrapValueObject(attribute);
}

function isAttribute(value: unknown): boolean {
  return (
    isRecord(value) &&
    ["Property", "GeoProperty", "Relationship", "LanguageProperty"].includes(`${value.type}`)
  );
}

function unwrapValueObject(value: unknown): unknown {
  return isRecord(value) && "@value" in value ? value["@value"] : value;
}

export function observedAtOf(entity: NgsiEntity, name: string): string | undefined {
  const attribute = entity[name];
  return isRecord(attribute) && typeof attribute.observedAt === "string" ? attribute.observedAt : undefined;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function booleanOf(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

export function stringsOf(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
}

export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/** `{ lat, lng }` from a GeoJSON Point; undefined for any other geometry (the schema then drops the item). */
export function latLngOf(value: unknown): { lat: unknown; lng: unknown } | undefined {
  if (!isRecord(value) || value.type !== "Point" || !Array.isArray(value.coordinates)) return undefined;
  const [lng, lat] = value.coordinates as unknown[];
  return { lat, lng };
}

/**
 * `{ zh, en }` from `name` (Chinese, the official name) and `alternateName` (English); a broker that keeps
 * `name` as a LanguageProperty is read too. A name in only one language serves for both rather than
 * losing the place.
 */
export function localizedNameOf(entity: NgsiEntity): { zh: unknown; en: unknown } {
  const name = attributeValue(entity, "name");
  const [zh, en] = isRecord(name) ? [name.zh, name.en] : [name, attributeValue(entity, "alternateName")];
  return { zh: zh ?? en, en: en ?? zh };
}

export function localizedName(name: { zh: string; en: string }): Record<string, NgsiProperty> {
  return { name: property(name.zh), alternateName: property(name.en) };
}
