import "server-only";
import { type CityFeedItem, cityFeed } from "@/lib/citybrain/city-feed";
import { type CachedAnswer, publicCachingOf } from "@/lib/citybrain/feed-cache";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import type { PublicRead } from "@/lib/http/public-answer";
import type { Locale } from "@/lib/i18n/config";
import { getLotDetail } from "./lot-detail";
import { listNearbyLots, type NearbyLotsQuery } from "./nearby-lots";

// Prices and today's curve run to now: an answer is the same for everyone within a minute of one feed version.
async function parkingRead(
  db: Db,
  source: CityBrainSource,
  now: Date,
  name: string,
  build: (feed: CachedAnswer<CityFeedItem<"parking">>) => Promise<unknown>,
): Promise<PublicRead> {
  const feed = await cityFeed(db, source, "parking");
  return {
    key: `${name}|${feed.version}|${Math.floor(now.getTime() / 60_000)}`,
    caching: publicCachingOf("parking"),
    build: () => build(feed),
  };
}

/** Lots near a point, as the API and the parking page serve it (one cached answer for both). */
export function nearbyLotsRead(
  db: Db,
  source: CityBrainSource,
  query: NearbyLotsQuery,
  locale: Locale,
  now: Date,
): Promise<PublicRead> {
  return parkingRead(
    db,
    source,
    now,
    `lots|${query.lat}|${query.lng}|${query.radius}|${locale}`,
    async (feed) => listNearbyLots(feed, query, locale, now),
  );
}

/** One car park's page data, as the API and the car park page serve it. */
export function lotDetailRead(
  db: Db,
  source: CityBrainSource,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<PublicRead> {
  return parkingRead(db, source, now, `lot|${slug}|${locale}`, (feed) =>
    getLotDetail(db, feed, slug, locale, now),
  );
}
