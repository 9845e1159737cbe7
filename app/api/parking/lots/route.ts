// GET /api/parking/lots — car parks and street berths near a point, nearest first, with free spaces now (public)
import { cityFeed } from "@/lib/citybrain/city-feed";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangParam, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listNearbyLots, NearbyLotsQuery } from "@/lib/parking/nearby-lots";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = parseQuery(request, NearbyLotsQuery.extend(LangParam));
    const { locale, vary } = publicLocale(request);
    const [feed, now] = [await cityFeed(await getDb(), cityBrain(), "parking"), serverNow()];
    // The two-hour price is worked out from now: the same answer for everyone within a minute.
    const key = `lots|${feed.version}|${query.lat}|${query.lng}|${query.radius}|${locale}|${Math.floor(now.getTime() / 60_000)}`;
    return publicAnswer(request, { key, caching: publicCachingOf("parking"), vary }, async () =>
      listNearbyLots(feed, query, locale, now),
    );
  }),
});
