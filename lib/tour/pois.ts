import "server-only";
import type { FeedAnswer } from "@/lib/citybrain/last-good";
import type { PointOfInterest } from "@/lib/citybrain/types";
import type { Locale } from "@/lib/i18n/config";

/** The sights of a feed a visitor can plan with, with which of their facts are estimates. */
export function listPois(feed: FeedAnswer<PointOfInterest>, locale: Locale) {
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
