import type { ParkingLot } from "./lot-model";

/** A car park as the API lists it, for tests: a public one at West Lake, half full, with a typical tariff. */
export function testLot(id: string, over: Partial<ParkingLot> = {}): ParkingLot {
  return {
    id,
    name: id,
    kind: "offstreet",
    zone: "offstreet",
    lat: 30.26,
    lng: 120.17,
    total: 100,
    available: 50,
    observedAt: "2026-05-01T02:00:00Z",
    distanceM: 100,
    category: ["public"],
    estimated: { capacity: false, location: false },
    oneHourFeeFen: 500,
    twoHourFeeFen: 1_000,
    feeEstimated: true,
    ...over,
  };
}
