import { describe, expect, it } from "vitest";
import { createFixtureCity } from "@/lib/testing/fixture-city";
import { airFromEntity, airToEntity, parkingFromEntity, parkingToEntity } from "./mapping";
import type { NgsiEntity } from "./normalized";
import { fromTemporalEntity, toTemporalEntities } from "./temporal";

const city = createFixtureCity();
const range = { from: new Date("2026-05-01T00:00:00Z"), to: new Date("2026-05-01T00:30:00Z") };

describe("temporal representation", () => {
  it("keeps one instance per reading for observed attributes and one for static ones", async () => {
    const readings = (await city.history("parking", range)).map(parkingToEntity);
    const temporal = toTemporalEntities(readings);
    expect(temporal).toHaveLength(5);
    const [first] = temporal;
    expect(first!.availableSpotNumber).toHaveLength(7); // 00:00 … 00:30 every 5 min
    expect(first!.name).toEqual([{ type: "Property", value: "湖滨银泰停车场" }]);
    expect(first!.location).toHaveLength(1);
  });

  it("turns back into the same readings, oldest first", async () => {
    const history = await city.history("parking", range);
    const temporal = JSON.parse(
      JSON.stringify(toTemporalEntities(history.map(parkingToEntity))),
    ) as NgsiEntity[];
    const back = temporal.flatMap(fromTemporalEntity).map(parkingFromEntity);
    const sorted = [...history].sort(
      (a, b) => a.id.localeCompare(b.id) || a.observedAt.localeCompare(b.observedAt),
    );
    const backSorted = [...(back as typeof history)].sort(
      (a, b) => a.id.localeCompare(b.id) || a.observedAt.localeCompare(b.observedAt),
    );
    expect(backSorted).toEqual(sorted);
  });

  it("leaves a reading that was not reported at an instant absent, not carried over", async () => {
    const history = await city.history("air", { from: range.from, to: new Date("2026-05-01T03:00:00Z") });
    const temporal = toTemporalEntities(history.map(airToEntity));
    const back = temporal.flatMap(fromTemporalEntity).map(airFromEntity) as typeof history;
    expect(back).toHaveLength(history.length);
    expect(back.filter((reading) => reading.so2 === null)).toHaveLength(
      history.filter((r) => r.so2 === null).length,
    );
  });

  it("matches instants written differently (with and without milliseconds)", () => {
    const entity: NgsiEntity = {
      id: "urn:x",
      type: "CrowdFlowObserved",
      peopleCount: [{ type: "Property", value: 3, observedAt: "2026-05-01T00:00:00Z" }],
      occupancy: [{ type: "Property", value: 0.5, observedAt: "2026-05-01T00:00:00.000Z" }],
      refPointOfInterest: { type: "Relationship", object: "urn:poi" },
    };
    const snapshots = fromTemporalEntity(entity);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ peopleCount: { value: 3 }, occupancy: { value: 0.5 } });
    expect(snapshots[0]!.refPointOfInterest).toEqual({ type: "Relationship", object: "urn:poi" });
  });
});
