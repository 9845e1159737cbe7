// GET /api/places/search — destinations (sights, stations, hospitals, streets) matching what a person typed (public)
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { destinationIndex, searchDestinations } from "@/lib/places/destinations";
import { PlaceSearchQuery } from "@/lib/places/place-query";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = parseQuery(request, PlaceSearchQuery);
    const { locale, vary } = publicLocale(request);
    const { version, index } = await destinationIndex(await getDb(), cityBrain());
    // Names and points of sights and hospitals change as rarely as the sights feed: cached like it.
    return publicAnswer(request, {
      key: `places|${version}|${locale}|${query.q}`,
      caching: publicCachingOf("pois"),
      vary,
      build: async () => searchDestinations(index, query.q, locale),
    });
  }),
});
