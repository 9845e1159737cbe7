// GET /api/places/{kind}/{id} — one destination, as a shared link (/parking?to=kind:id) names it (public)
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { destinationIndex, getDestinationOrThrow } from "@/lib/places/destinations";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ kind: string; id: string }>(async (request, { params }) => {
    parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request);
    const { version, index } = await destinationIndex(await getDb(), cityBrain());
    const answer = getDestinationOrThrow(index, params, locale);
    const key = `place|${version}|${locale}|${answer.place.kind}:${answer.place.id}`;
    return publicAnswer(request, { key, caching: publicCachingOf("pois"), vary, build: async () => answer });
  }),
});
