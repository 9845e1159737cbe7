import { describe, expect, it } from "vitest";
import { availabilityLevel, filterLots, lotsUrl, NO_FILTERS, type ParkingLot, sortLots } from "./lot-model";
import { testLot } from "./test-lot";

const lot = testLot;

const LOTS = [
  lot("a", { distanceM: 300, available: 5, kind: "onstreet", zone: "core", twoHourFeeFen: 2_200 }),
  lot("b", { distanceM: 100, available: 80, category: ["forElectricalCharging", "forDisabled"] }),
  lot("c", {
    distanceM: 200,
    available: 40,
    kind: "onstreet",
    zone: "level2",
    category: ["forDisabled"],
    twoHourFeeFen: 800,
  }),
  lot("d", { distanceM: 400, available: 40, zone: "offstreet", category: ["reservable"] }),
  lot("e", { distanceM: 50, available: 0, kind: "onstreet", zone: "westlake", twoHourFeeFen: 3_000 }),
];
const ids = (lots: ParkingLot[]) => lots.map((l) => l.id);

describe("availabilityLevel", () => {
  it.each([
    [30, 100, "plenty"],
    [100, 100, "plenty"],
    [29, 100, "few"],
    [10, 100, "few"],
    [9, 100, "almostFull"],
    [1, 300, "almostFull"],
    [0, 100, "full"],
    [0, 0, "full"],
  ] as const)("%i of %i free → %s", (available, total, level) => {
    expect(availabilityLevel({ available, total })).toBe(level);
  });
});

describe("filterLots", () => {
  it("keeps everything with no filters", () => {
    expect(ids(filterLots(LOTS, NO_FILTERS))).toEqual(["a", "b", "c", "d", "e"]);
  });
  it("filters by kind", () => {
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, kind: "offstreet" }))).toEqual(["b", "d"]);
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, kind: "onstreet" }))).toEqual(["a", "c", "e"]);
  });
  it("filters by features, all of them at once", () => {
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, ev: true }))).toEqual(["b"]);
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, accessible: true }))).toEqual(["b", "c"]);
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, reservable: true }))).toEqual(["d"]);
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, accessible: true, kind: "onstreet" }))).toEqual(["c"]);
    expect(ids(filterLots(LOTS, { ...NO_FILTERS, ev: true, reservable: true }))).toEqual([]);
  });
});

describe("sortLots", () => {
  it("by distance, nearest first", () => {
    expect(ids(sortLots(LOTS, "distance"))).toEqual(["e", "b", "c", "a", "d"]);
  });
  it("by free spaces, most first, nearer first on a tie", () => {
    expect(ids(sortLots(LOTS, "free"))).toEqual(["b", "c", "d", "a", "e"]);
  });
  it("by what two hours from now would cost, cheapest first; equal prices nearest first", () => {
    expect(ids(sortLots(LOTS, "price"))).toEqual(["c", "b", "d", "a", "e"]);
  });
  it("does not change its input", () => {
    const before = ids(LOTS);
    sortLots(LOTS, "free");
    expect(ids(LOTS)).toEqual(before);
  });
});

describe("lotsUrl", () => {
  it("rounds the centre so a cached answer is found again, and asks in metres", () => {
    expect(lotsUrl({ lat: 30.2590004, lng: 120.16499 }, 3, "en")).toBe(
      "/api/parking/lots?lat=30.2590&lng=120.1650&radius=3000&lang=en",
    );
  });
});
