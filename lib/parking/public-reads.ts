import "server-only";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { PublicRead } from "@/lib/http/public-answer";
import type { Locale } from "@/lib/i18n/config";
import { getLotDetail } from "./lot-detail";
import { listNearbyLots, type NearbyLotsQuery } from "./nearby-lots";

// Prices and today's curve run to now: an answer is the same for everyone within a minute of one feed version.
const minuteOf = (now: Date) => Math.floor(now.getTime() / 60_000);

/** Lots near a point, as the API and the parking page serve it (one cached answer for both). */
export async function nearbyLotsRead(
  db: Db,
  source: CityBrainSource,
  query: NearbyLotsQuery,
  locale: Locale,
  now: Date,
): Promise<PublicRead> {
  const feed = await cityFeed(db, source, "parking");
  return {
    key: `lots|${feed.version}|${query.lat}|${query.lng}|${query.radius}|${locale}|${minuteOf(now)}`,
    caching: publicCachingOf("parking"),
    build: async () => listNearbyLots(feed, query, locale, now),
  };
}

/** One car park's page data, as the API and the car park page serve it. */
export async function lotDetailRead(
  db: Db,
  source: CityBrainSource,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<PublicRead> {
  const feed = await cityFeed(db, source, "parking");
  return {
    key: `lot|${feed.version}|${slug}|${locale}|${minuteOf(now)}`,
    caching: publicCachingOf("parking"),
    build: () => getLotDetail(db, feed, slug, locale, now),
  };
}
