import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import { describeErrors, loadSmartDataModels } from "@/lib/testing/smart-data-models";
import { createSandboxCity } from "../sandbox";
import type { CityBrainSource } from "../types";
import { listen } from "./broker";
import { SERVED_TYPES } from "./broker-entities";
import type { NgsiEntity } from "./normalized";

// Every entity the broker serves must validate against the FIWARE Smart Data Models schema of its type,
// asked for as key-values and as normalized reduced to key-values (the schemas describe key-values).
const { validators } = loadSmartDataModels();

/** Hours spread over a weekday, a weekend and a golden-week day, so hourly weather and crowds vary. */
const INSTANTS = ["2026-03-11", "2026-07-18", "2026-10-03"].flatMap((day) =>
  [1, 5, 9, 13, 17, 21].map((hour) => new Date(`${day}T${String(hour).padStart(2, "0")}:20:00Z`)),
);
/** 18 instants × every entity × two forms: about 1.5 s alone, more on a shared machine. */
const SWEEP_TIMEOUT_MS = 30_000;

let clock = INSTANTS[0]!;
const sandbox = createSandboxCity({ seed: "hangzhou", now: () => clock });
const brokers: { name: string; url: string; close(): Promise<void> }[] = [];

async function serve(name: string, source: CityBrainSource) {
  brokers.push({ name, ...(await listen(source, 0, "127.0.0.1", { log: () => {} })) });
}
beforeAll(async () => {
  await serve("sandbox", sandbox);
  await serve("fixture", createFixtureCity());
});
afterAll(() => Promise.all(brokers.map((broker) => broker.close())));

/** Every entity of every served type, all pages, in the representation `options` asks for. */
async function everyEntity(url: string, options: string | null): Promise<NgsiEntity[]> {
  const entities: NgsiEntity[] = [];
  for (let offset = 0; ; offset += 100) {
    const query = new URLSearchParams({ type: SERVED_TYPES.join(","), limit: "100", offset: `${offset}` });
    query.set("count", "true");
    if (options) query.set("options", options);
    const response = await fetch(`${url}/ngsi-ld/v1/entities?${query}`, {
      headers: { Accept: "application/json" },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as NgsiEntity[];
    entities.push(...page);
    if (entities.length >= Number(response.headers.get("ngsild-results-count"))) return entities;
    expect(page.length).toBeGreaterThan(0);
  }
}

/**
 * Normalized → key-values, strictly: an attribute that is not a well-formed Property, GeoProperty or
 * Relationship is reported rather than passed through, so the normalized form is checked on the way.
 */
function reduceNormalized(entity: NgsiEntity, problems: string[]): NgsiEntity {
  const reduced: NgsiEntity = { id: entity.id, type: entity.type };
  for (const [name, attribute] of Object.entries(entity)) {
    if (name === "id" || name === "type") continue;
    const { type, value, object } = (attribute ?? {}) as {
      type?: unknown;
      value?: unknown;
      object?: unknown;
    };
    if ((type === "Property" || type === "GeoProperty") && value !== undefined) reduced[name] = value;
    else if (type === "Relationship" && typeof object === "string") reduced[name] = object;
    else
      problems.push(
        `${entity.id} (normalized): ${name} is not an NGSI-LD attribute: ${JSON.stringify(attribute)}`,
      );
  }
  return reduced;
}

function schemaProblems(entity: NgsiEntity, form: string): string[] {
  const label = `${entity.id} (${form})`;
  // The schemas let any URI be an id; NGSI-LD's own convention (Annex A) names the type in it.
  if (!entity.id.startsWith(`urn:ngsi-ld:${entity.type}:`)) {
    return [`${label}: the id does not name the type ${entity.type}`];
  }
  const validate = validators.get(entity.type);
  if (!validate) return [`${label}: no Smart Data Models schema for type ${entity.type}`];
  if (validate(entity)) return [];
  return describeErrors(validate.errors).map((error) => `${label}: ${error}`);
}

describe("Smart Data Models schemas", () => {
  it("are all compiled, with their remote $refs resolved from the local copies", () => {
    expect([...validators.keys()].sort()).toEqual([
      "AirQualityForecast",
      "AirQualityObserved",
      "CrowdFlowObserved",
      "Museum",
      "OffStreetParking",
      "OnStreetParking",
      "ParkingGroup",
      "ParkingSpot",
      "PointOfInterest",
      "TouristDestination",
    ]);
  });

  it("refuse what the standard does not allow, naming the attribute", () => {
    const lot = {
      id: "urn:ngsi-ld:OffStreetParking:hangzhou:test",
      type: "OffStreetParking",
      location: { type: "Point", coordinates: [120.16, 30.25] },
      category: ["public", "reservable"],
    };
    expect(schemaProblems(lot, "keyValues").join("\n")).toMatch(
      /^urn:ngsi-ld:OffStreetParking:hangzhou:test \(keyValues\): \/category\/1 must be equal to one of the allowed values/,
    );
    const station = {
      id: "urn:ngsi-ld:AirQualityObserved:x",
      type: "AirQualityObserved",
      windDirection: 270,
    };
    expect(schemaProblems(station, "keyValues").join("\n")).toMatch(/\/windDirection must be <= 180/);
    expect(schemaProblems(station, "keyValues").join("\n")).toMatch(
      /must have required property 'dateObserved'/,
    );
  });
});

describe.each(["sandbox", "fixture"])("every entity the broker serves over the %s city", (name) => {
  const broker = () => brokers.find((b) => b.name === name)!;
  const instants = name === "sandbox" ? INSTANTS : [INSTANTS[0]!];

  it(
    "validates as key-values and as normalized reduced to key-values, and the two agree",
    async () => {
      const problems: string[] = [];
      const seenTypes = new Set<string>();
      let validated = 0;
      for (const instant of instants) {
        clock = instant;
        const keyValues = await everyEntity(broker().url, "keyValues");
        const reduced = (await everyEntity(broker().url, null)).map((e) => reduceNormalized(e, problems));
        expect(keyValues).toHaveLength(reduced.length);
        reduced.forEach((entity, index) => {
          if (!isDeepStrictEqual(keyValues[index], entity)) {
            problems.push(`${entity.id}: options=keyValues answers ${JSON.stringify(keyValues[index])}`);
          }
        });
        for (const entity of keyValues) problems.push(...schemaProblems(entity, "keyValues"));
        for (const entity of reduced) problems.push(...schemaProblems(entity, "normalized"));
        for (const entity of keyValues) seenTypes.add(entity.type);
        validated += keyValues.length + reduced.length;
      }
      expect(problems).toEqual([]);
      // Nothing passed for want of entities: every type the broker serves was there to check.
      expect([...seenTypes].sort()).toEqual([...SERVED_TYPES].sort());
      expect(validated).toBeGreaterThan(instants.length * 2 * SERVED_TYPES.length);
    },
    SWEEP_TIMEOUT_MS,
  );
});
