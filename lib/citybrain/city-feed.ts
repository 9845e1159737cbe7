import "server-only";
import type { Db } from "@/lib/db/types";
import { type CachedAnswer, type CachedFeed, cachedFeed } from "./feed-cache";
import type { CityBrainSource } from "./types";

const READERS = {
  parking: (source: CityBrainSource) => source.parking(),
  air: (source: CityBrainSource) => source.airQuality(),
  crowd: (source: CityBrainSource) => source.crowdFlow(),
  pois: (source: CityBrainSource) => source.pointsOfInterest(),
  hospitals: (source: CityBrainSource) => source.hospitals(),
} satisfies Record<CachedFeed, (source: CityBrainSource) => Promise<object[]>>;

export type CityFeedItem<F extends CachedFeed> = Awaited<ReturnType<(typeof READERS)[F]>>[number];

/** A city feed's current answer, the same for every reader: memory first, then upstream, then the shared copy. */
export function cityFeed<F extends CachedFeed>(
  db: Db,
  source: CityBrainSource,
  feed: F,
): Promise<CachedAnswer<CityFeedItem<F>>> {
  const read = READERS[feed] as (source: CityBrainSource) => Promise<CityFeedItem<F>[]>;
  return cachedFeed(db, source, feed, () => read(source));
}
