import type { LatLng } from "@/lib/citybrain/types";
import type { ParkingCoverage } from "@/lib/parking/coverage";
import type { NearbyLot } from "@/lib/parking/nearby-lots";

/** A lot as the page shows it: with the walk from the chosen destination, when there is one. */
export type ParkingLot = NearbyLot & { walkMinutes?: number };

/** GET /api/parking/lots as the client sees it. */
export interface LotsResponse {
  asOf: string;
  stale: boolean;
  coverage: ParkingCoverage;
  lots: NearbyLot[];
}

/**
 * Whether a stored answer has this version's shape (next hour's price, coverage): one kept on the device by an
 * older version counts as no data rather than a marker without a price.
 */
export function isLotsResponse(value: unknown): value is LotsResponse {
  const answer = value as Partial<LotsResponse> | null;
  return (
    typeof answer?.coverage?.carParks === "number" &&
    Array.isArray(answer.lots) &&
    answer.lots.every((lot) => typeof lot?.oneHourFeeFen === "number")
  );
}

/** Hubin, by West Lake: where the search starts until a person shares their location. */
export const DEFAULT_ORIGIN: LatLng = { lat: 30.259, lng: 120.165 };
export const RADIUS_OPTIONS_KM = [1, 3, 5] as const;
export type RadiusKm = (typeof RADIUS_OPTIONS_KM)[number];
export const DEFAULT_RADIUS_KM: RadiusKm = 3;

/**
 * The list API's URL; coordinates rounded to ~10 m so the offline cache finds the same key again, and the language
 * in the URL, so the public answer is one per URL for every cache on the way.
 */
export function lotsUrl(origin: LatLng, radiusKm: number, lang: string): string {
  return `/api/parking/lots?lat=${origin.lat.toFixed(4)}&lng=${origin.lng.toFixed(4)}&radius=${radiusKm * 1000}&lang=${lang}`;
}

export type AvailabilityLevel = "plenty" | "few" | "almostFull" | "full";

/** ≥ 30 % free: plenty; 10–30 %: few; under 10 %: almost full; nothing free: full. */
export function availabilityLevel(lot: { available: number; total: number }): AvailabilityLevel {
  if (lot.available <= 0 || lot.total <= 0) return "full";
  const share = lot.available / lot.total;
  if (share >= 0.3) return "plenty";
  return share >= 0.1 ? "few" : "almostFull";
}

export type KindFilter = "all" | "offstreet" | "onstreet";
export interface LotFilters {
  kind: KindFilter;
  ev: boolean;
  accessible: boolean;
  reservable: boolean;
}
export const NO_FILTERS: LotFilters = { kind: "all", ev: false, accessible: false, reservable: false };

/** DATEX II categories (plus the app's "reservable") that each feature filter asks for. */
export const FEATURE_CATEGORY = {
  ev: "forElectricalCharging",
  accessible: "forDisabled",
  reservable: "reservable",
} as const;
export type Feature = keyof typeof FEATURE_CATEGORY;
export const FEATURES = Object.keys(FEATURE_CATEGORY) as Feature[];

export function hasFeature(lot: Pick<ParkingLot, "category">, feature: Feature): boolean {
  return lot.category.includes(FEATURE_CATEGORY[feature]);
}

export function filterLots(lots: readonly ParkingLot[], filters: LotFilters): ParkingLot[] {
  return lots.filter(
    (lot) =>
      (filters.kind === "all" || lot.kind === filters.kind) &&
      FEATURES.every((feature) => !filters[feature] || hasFeature(lot, feature)),
  );
}

export type SortKey = "distance" | "free" | "price";
export const SORT_KEYS: SortKey[] = ["distance", "free", "price"];

const COMPARE: Record<SortKey, (a: ParkingLot, b: ParkingLot) => number> = {
  distance: (a, b) => a.distanceM - b.distanceM,
  free: (a, b) => b.available - a.available,
  price: (a, b) => a.twoHourFeeFen - b.twoHourFeeFen,
};

/** A sorted copy; ties go to the nearer lot, then by id so the order never flickers. */
export function sortLots(lots: readonly ParkingLot[], key: SortKey): ParkingLot[] {
  // Ids are ASCII slugs: compared by code unit, as localeCompare's first call builds an ICU collator, which showed
  // as a long task of the parking page's start-up in a profile.
  return [...lots].sort(
    (a, b) => COMPARE[key](a, b) || a.distanceM - b.distanceM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Zoom that shows roughly the search circle on a phone. */
export function zoomForRadius(radiusKm: number): number {
  return radiusKm <= 1 ? 15 : radiusKm <= 3 ? 14 : 13;
}
