// GET /api/tour/pois — the sights a visitor can plan with, estimates labelled
import { cityFeed } from "@/lib/citybrain/city-feed";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listPois } from "@/lib/tour/pois";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request, query.lang);
    const [db, source] = [await getDb(), cityBrain()];
    const { version } = await cityFeed(db, source, "pois");
    return publicAnswer(
      request,
      { key: `pois|${version}|${locale}`, caching: publicCachingOf("pois"), vary },
      () => listPois(db, source, locale),
    );
  }),
});
