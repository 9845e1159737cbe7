/**
 * The temporal representation (normalized): each attribute of an entity is an array of instances.
 * Attributes that carry `observedAt` change with every reading and have one instance per reading;
 * attributes without it (name, location, zone…) are static and have a single instance.
 */
import { type NgsiEntity, observedAtOf } from "./normalized";

const ENTITY_KEYS = new Set(["id", "type", "@context"]);

/** Broker side: readings (one normalized entity each, oldest first) → one temporal entity per id. */
export function toTemporalEntities(readings: NgsiEntity[]): NgsiEntity[] {
  const byId = new Map<string, NgsiEntity>();
  for (const reading of readings) {
    let temporal = byId.get(reading.id);
    if (!temporal) {
      temporal = { id: reading.id, type: reading.type };
      byId.set(reading.id, temporal);
    }
    for (const [name, attribute] of Object.entries(reading)) {
      if (ENTITY_KEYS.has(name)) continue;
      if (observedAtOf(reading, name) === undefined) {
        temporal[name] = [attribute];
      } else {
        const instances = Array.isArray(temporal[name]) ? (temporal[name] as unknown[]) : [];
        instances.push(attribute);
        temporal[name] = instances;
      }
    }
  }
  return [...byId.values()];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Client side: one temporal entity → one normalized entity per observed instant, oldest first. At each
 * instant an observed attribute takes its instance of that instant (absent if it was not reported then);
 * static attributes take their latest instance.
 */
export function fromTemporalEntity(entity: NgsiEntity): NgsiEntity[] {
  const statics: Record<string, unknown> = {};
  const observed = new Map<string, Map<number, unknown>>();
  const instants = new Set<number>();
  for (const [name, value] of Object.entries(entity)) {
    if (ENTITY_KEYS.has(name)) continue;
    for (const instance of Array.isArray(value) ? value : [value]) {
      const at =
        isRecord(instance) && typeof instance.observedAt === "string" ? Date.parse(instance.observedAt) : NaN;
      if (Number.isNaN(at)) {
        statics[name] = instance;
        continue;
      }
      let series = observed.get(name);
      if (!series) {
        series = new Map();
        observed.set(name, series);
      }
      series.set(at, instance);
      instants.add(at);
    }
  }
  return [...instants]
    .sort((a, b) => a - b)
    .map((at) => {
      const snapshot: NgsiEntity = { id: entity.id, type: entity.type, ...statics };
      for (const [name, series] of observed) {
        if (series.has(at)) snapshot[name] = series.get(at);
      }
      return snapshot;
    });
}
