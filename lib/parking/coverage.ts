import type { ParkingFacility } from "@/lib/citybrain/types";

/** How many car parks and street-berth groups the city's data gives the app: not every one in the city. */
export interface ParkingCoverage {
  carParks: number;
  streetGroups: number;
}

// Counted once per feed answer (the answer's items array).
const counted = new WeakMap<readonly ParkingFacility[], ParkingCoverage>();

export function parkingCoverage(items: readonly ParkingFacility[]): ParkingCoverage {
  let coverage = counted.get(items);
  if (!coverage) {
    const carParks = items.filter((facility) => facility.type === "OffStreetParking").length;
    coverage = { carParks, streetGroups: items.length - carParks };
    counted.set(items, coverage);
  }
  return coverage;
}
