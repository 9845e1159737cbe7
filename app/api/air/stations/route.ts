// GET /api/air/stations — every monitoring station with its latest hourly reading
import { listStations } from "@/lib/air/stations";
import { cityFeed } from "@/lib/citybrain/city-feed";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request, query.lang);
    const [db, source] = [await getDb(), cityBrain()];
    const { version } = await cityFeed(db, source, "air");
    return publicAnswer(
      request,
      { key: `stations|${version}|${locale}`, caching: publicCachingOf("air"), vary },
      () => listStations(db, source, locale),
    );
  }),
});
