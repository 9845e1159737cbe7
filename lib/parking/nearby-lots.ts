import "server-only";
import { z } from "zod";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import { readFeed } from "@/lib/citybrain/last-good";
import type { CityBrainSource, ParkingFacility } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import { distanceMeters } from "@/lib/geo/distance";
import { queryNumber } from "@/lib/http/query";
import type { Locale } from "@/lib/i18n/config";
import { tariffOfLot } from "./lot-tariffs";
import { quoteStay } from "./tariff";

export const NearbyLotsQuery = z
  .object({
    lat: queryNumber.pipe(z.number().min(-90).max(90)),
    lng: queryNumber.pipe(z.number().min(-180).max(180)),
    radius: queryNumber.pipe(z.number().int().min(1).max(10_000)).default(1_500),
  })
  .strict();
export type NearbyLotsQuery = z.infer<typeof NearbyLotsQuery>;

export interface NearbyLot {
  id: string;
  name: string;
  kind: "offstreet" | "onstreet";
  zone: ParkingFacility["zone"];
  lat: number;
  lng: number;
  total: number;
  available: number;
  observedAt: string;
  distanceM: number;
  category: string[];
  estimated: ParkingFacility["estimated"];
  /** What a car parked here now for two hours would pay, by the engine that bills. */
  twoHourFeeFen: number;
  /** True when that price comes from a typical tariff, not the lot's own. */
  feeEstimated: boolean;
}

const TWO_HOURS_MS = 2 * 60 * 60 * 1000;

/** Car parks and street berths within `radius` metres, nearest first, with free spaces and a price now. */
export async function listNearbyLots(
  db: Db,
  source: CityBrainSource,
  query: NearbyLotsQuery,
  locale: Locale,
  now = new Date(),
) {
  const feed = await readFeed(db, "parking", () => source.parking());
  const here = { lat: query.lat, lng: query.lng };
  const lots: NearbyLot[] = feed.items
    .map((facility) => ({ facility, distanceM: Math.round(distanceMeters(here, facility.location)) }))
    .filter(({ distanceM }) => distanceM <= query.radius)
    .sort((a, b) => a.distanceM - b.distanceM)
    .map(({ facility, distanceM }) => {
      const slug = entitySlug(facility.id);
      const tariff = tariffOfLot({ slug, zone: facility.zone });
      const stay = {
        entry: now,
        exit: new Date(now.getTime() + TWO_HOURS_MS),
        vehicleClass: "small" as const,
      };
      return { facility, distanceM, slug, tariff, fee: quoteStay(tariff, stay).feeFen };
    })
    .map(({ facility, distanceM, slug, tariff, fee }) => ({
      id: slug,
      name: locale === "en" ? facility.name.en : facility.name.zh,
      kind: facility.type === "OffStreetParking" ? "offstreet" : "onstreet",
      zone: facility.zone,
      lat: facility.location.lat,
      lng: facility.location.lng,
      total: facility.totalSpotNumber,
      available: facility.availableSpotNumber,
      observedAt: facility.observedAt,
      distanceM,
      category: facility.category,
      estimated: facility.estimated,
      twoHourFeeFen: fee,
      feeEstimated: tariff.kind === "offstreet" && tariff.estimated,
    }));
  return { asOf: feed.asOf, stale: feed.stale, lots };
}
