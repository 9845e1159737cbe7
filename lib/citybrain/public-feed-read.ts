import "server-only";
import type { Db } from "@/lib/db/types";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import type { Locale } from "@/lib/i18n/config";
import { type CityFeedItem, cityFeed } from "./city-feed";
import { type CachedAnswer, type CachedFeed, publicCachingOf } from "./feed-cache";
import type { CityBrainSource } from "./types";

/**
 * A public read built from one city feed alone and its language (`?lang=` or Accept-Language): the feed is read
 * once, and that one answer both keys the rendered answer (by its version) and builds it.
 */
export async function publicFeedRead<F extends CachedFeed>(
  request: Request,
  db: Db,
  source: CityBrainSource,
  feed: F,
  build: (answer: CachedAnswer<CityFeedItem<F>>, locale: Locale) => unknown,
): Promise<Response> {
  parseQuery(request, LangQuery);
  const { locale, vary } = publicLocale(request);
  const answer = await cityFeed(db, source, feed);
  // The path tells the routes apart: two reads of the same feed and version render different answers.
  const key = `${new URL(request.url).pathname}|${answer.version}|${locale}`;
  return publicAnswer(request, {
    key,
    caching: publicCachingOf(feed),
    vary,
    build: async () => build(answer, locale),
  });
}
