/** The key-values (simplified) representation of a normalized entity: each attribute reduced to its value. */
import type { NgsiEntity } from "./normalized";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Property and GeoProperty → `value`, Relationship → `object`, LanguageProperty → `languageMap` (ETSI GS
 * CIM 009 clause 4.5, the simplified representation). Sub-attributes such as `observedAt` and `unitCode`
 * have no place in this form and are dropped, which is why the client reads the normalized form.
 */
export function toKeyValues(entity: NgsiEntity): NgsiEntity {
  const simplified: NgsiEntity = { id: entity.id, type: entity.type };
  for (const [name, attribute] of Object.entries(entity)) {
    if (name === "id" || name === "type") continue;
    simplified[name] = name === "@context" ? attribute : simplifiedValue(attribute);
  }
  return simplified;
}

function simplifiedValue(attribute: unknown): unknown {
  if (!isRecord(attribute)) return attribute;
  switch (attribute.type) {
    case "Property":
    case "GeoProperty":
      return attribute.value;
    case "Relationship":
      return attribute.object;
    case "LanguageProperty":
      return attribute.languageMap;
    default:
      return attribute;
  }
}
