import "server-only";
import type { Db } from "@/lib/db/types";
import { type PublicRead, publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import type { Locale } from "@/lib/i18n/config";
import { type CityFeedItem, cityFeed } from "./city-feed";
import { type CachedAnswer, type CachedFeed, publicCachingOf } from "./feed-cache";
import type { CityBrainSource } from "./types";

/**
 * A public read of one city feed alone, for the API at `pathname` in one language: the feed is read once, and that
 * one answer both keys the rendered answer (by its version) and builds it. A page renders the same read into its
 * HTML (lib/http/server-answer.ts), so its first paint needs no request of its own.
 */
export async function cityFeedRead<F extends CachedFeed>(
  db: Db,
  source: CityBrainSource,
  feed: F,
  pathname: string,
  locale: Locale,
  build: (answer: CachedAnswer<CityFeedItem<F>>, locale: Locale) => unknown,
): Promise<PublicRead> {
  const answer = await cityFeed(db, source, feed);
  // The path tells the routes apart: two reads of the same feed and version render different answers.
  return {
    key: `${pathname}|${answer.version}|${locale}`,
    caching: publicCachingOf(feed),
    build: async () => build(answer, locale),
  };
}

/** The public answer of a route built from one city feed and its language (`?lang=` or Accept-Language). */
export async function publicFeedRead<F extends CachedFeed>(
  request: Request,
  db: Db,
  source: CityBrainSource,
  feed: F,
  build: (answer: CachedAnswer<CityFeedItem<F>>, locale: Locale) => unknown,
): Promise<Response> {
  parseQuery(request, LangQuery);
  const { locale, vary } = publicLocale(request);
  const read = await cityFeedRead(db, source, feed, new URL(request.url).pathname, locale, build);
  return publicAnswer(request, { ...read, vary });
}
