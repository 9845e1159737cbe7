import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";

/** The sights a visitor can plan with, with which of their facts are estimates. */
export async function listPois(db: Db, source: CityBrainSource, locale: Locale) {
  const feed = await cityFeed(db, source, "pois");
  const pois = feed.items
    .map((p) => ({
      id: p.slug,
      name: locale === "en" ? p.name.en : p.name.zh,
      lat: p.location.lat,
      lng: p.location.lng,
      district: p.district,
      categories: p.categories,
      openingHours: p.openingHours,
      visitMinutes: p.visitMinutes,
      ticketFen: p.ticketFen,
      popularity: p.popularity,
      indoorOutdoor: p.indoorOutdoor,
      estimated: p.estimated,
    }))
    .sort((a, b) => b.popularity - a.popularity || a.id.localeCompare(b.id));
  return { asOf: feed.asOf, stale: feed.stale, pois };
}
