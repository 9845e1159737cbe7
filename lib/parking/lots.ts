import "server-only";
import { entitySlug } from "@/lib/citybrain/entity-slug";
import type { FeedAnswer } from "@/lib/citybrain/last-good";
import type { ParkingFacility } from "@/lib/citybrain/types";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { tariffOfLot } from "./lot-tariffs";
import type { Tariff } from "./tariff-schema";

export interface Lot {
  id: string;
  name: string;
  kind: "offstreet" | "onstreet";
  zone: ParkingFacility["zone"];
  lat: number;
  lng: number;
  total: number;
  available: number;
  observedAt: string;
  category: string[];
  estimated: ParkingFacility["estimated"];
  tariff: Tariff;
}

/** One car park or street-berth group of a parking feed, with its tariff; 404 if unknown. */
export function getLotOrThrow(feed: FeedAnswer<ParkingFacility>, slug: string, locale: Locale) {
  const facility = feed.items.find((item) => entitySlug(item.id) === slug);
  if (!facility) throw new AppError("not_found", "errors.tariff.lotNotFound", { values: { id: slug } });
  const lot = lotView(facility, slug, locale);

  return { asOf: feed.asOf, stale: feed.stale, lot, facilityId: facility.id };
}

/** A parking facility as the app shows it: names in the caller's language, WGS84, its tariff. */
export function lotView(facility: ParkingFacility, slug: string, locale: Locale): Lot {
  return {
    id: slug,
    name: locale === "en" ? facility.name.en : facility.name.zh,
    kind: facility.type === "OffStreetParking" ? "offstreet" : "onstreet",
    zone: facility.zone,
    lat: facility.location.lat,
    lng: facility.location.lng,
    total: facility.totalSpotNumber,
    available: facility.availableSpotNumber,
    observedAt: facility.observedAt,
    category: facility.category,
    estimated: facility.estimated,
    tariff: tariffOfLot({ slug, zone: facility.zone }),
  };
}
