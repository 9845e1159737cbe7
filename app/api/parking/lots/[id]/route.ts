// GET /api/parking/lots/{id} — one car park or street-berth group: free spaces now, tariff as data and in plain words, an example fee (public)
import { cityFeed } from "@/lib/citybrain/city-feed";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { getLotDetail } from "@/lib/parking/lot-detail";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params }) => {
    parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request);
    const [db, source, now] = [await getDb(), cityBrain(), serverNow()];
    const feed = await cityFeed(db, source, "parking");
    // Today's curve and the example fee run to now: the same answer for everyone within a minute.
    const key = `lot|${feed.version}|${params.id}|${locale}|${Math.floor(now.getTime() / 60_000)}`;
    return publicAnswer(request, { key, caching: publicCachingOf("parking"), vary }, () =>
      getLotDetail(db, feed, params.id, locale, now),
    );
  }),
});
