import { describe, expect, it } from "vitest";
import { COLOCATED_METRES, groupColocated } from "./colocated-lots";

const at = (id: string, lat: number, lng: number) => ({ id, lat, lng });
const ids = (groups: { id: string }[][]) => groups.map((group) => group.map((item) => item.id));

describe("groupColocated", () => {
  it("puts lots at one position together, and leaves lots a street apart alone", () => {
    const groups = groupColocated([
      at("surface", 30.2412, 120.1471),
      at("street", 30.2512, 120.1571),
      at("underground", 30.2412, 120.1471),
      at("hospital", 30.24125, 120.14712),
    ]);
    expect(ids(groups)).toEqual([["surface", "underground", "hospital"], ["street"]]);
  });

  it("finds neighbours across a grid cell's edge, and not beyond the distance", () => {
    // 0.0001° of latitude is about 11 m: these straddle the 0.001° cell boundary.
    const edge = groupColocated([at("a", 30.24099, 120.1), at("b", 30.24101, 120.1)]);
    expect(ids(edge)).toEqual([["a", "b"]]);
    const apart = groupColocated([
      at("a", 30.24, 120.1),
      at("b", 30.24 + (COLOCATED_METRES + 5) / 111_000, 120.1),
    ]);
    expect(ids(apart)).toEqual([["a"], ["b"]]);
  });

  it("keeps every item exactly once", () => {
    const items = Array.from({ length: 500 }, (_, i) =>
      at(String(i), 30.2 + (i % 23) * 0.00005, 120.1 + (i % 7) * 0.002),
    );
    const groups = groupColocated(items);
    expect(
      groups
        .flat()
        .map((item) => item.id)
        .sort(),
    ).toEqual(items.map((item) => item.id).sort());
  });
});
