import "server-only";
import { z } from "zod";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { FeedAnswer } from "@/lib/citybrain/last-good";
import type { ParkingFacility } from "@/lib/citybrain/types";
import { serverNow } from "@/lib/clock/server-now";
import { createGridIndex, type GridIndex } from "@/lib/geo/grid-index";
import { queryNumber } from "@/lib/http/query";
import type { Locale } from "@/lib/i18n/config";
import { parkingCoverage } from "./coverage";
import { type Lot, lotView } from "./lots";
import { quoteStay } from "./tariff";

export const NearbyLotsQuery = z
  .object({
    lat: queryNumber.pipe(z.number().min(-90).max(90)),
    lng: queryNumber.pipe(z.number().min(-180).max(180)),
    radius: queryNumber.pipe(z.number().int().min(1).max(10_000)).default(1_500),
  })
  .strict();
export type NearbyLotsQuery = z.infer<typeof NearbyLotsQuery>;

export type NearbyLot = Omit<Lot, "tariff"> & {
  distanceM: number;
  /** What a car parked here now for one hour would pay, by the engine that bills (the price on its marker). */
  oneHourFeeFen: number;
  /** The same for two hours (the list's price and its price order). */
  twoHourFeeFen: number;
  /** True when these prices come from a typical tariff, not the lot's own. */
  feeEstimated: boolean;
};

const HOUR_MS = 60 * 60 * 1000;

// One spatial index per feed answer (the answer's items array), built on its first query.
const indexes = new WeakMap<readonly ParkingFacility[], GridIndex<ParkingFacility>>();
function indexOf(items: readonly ParkingFacility[]): GridIndex<ParkingFacility> {
  const index = indexes.get(items) ?? createGridIndex(items, (facility) => facility.location);
  indexes.set(items, index);
  return index;
}

/** Car parks and street berths of a parking feed within `radius` metres, nearest first, with free spaces and a price now. */
export function listNearbyLots(
  feed: FeedAnswer<ParkingFacility>,
  query: NearbyLotsQuery,
  locale: Locale,
  now = serverNow(),
) {
  const lots: NearbyLot[] = indexOf(feed.items)
    .within({ lat: query.lat, lng: query.lng }, query.radius)
    .map(({ item: facility, distanceM: exact }) => {
      const distanceM = Math.round(exact);
      const { tariff, ...lot } = lotView(facility, entitySlug(facility.id), locale);
      const feeFor = (hours: number) =>
        quoteStay(tariff, {
          entry: now,
          exit: new Date(now.getTime() + hours * HOUR_MS),
          vehicleClass: "small",
        }).feeFen;
      return {
        ...lot,
        distanceM,
        oneHourFeeFen: feeFor(1),
        twoHourFeeFen: feeFor(2),
        feeEstimated: tariff.kind === "offstreet" && tariff.estimated,
      };
    });
  return { asOf: feed.asOf, stale: feed.stale, coverage: parkingCoverage(feed.items), lots };
}
