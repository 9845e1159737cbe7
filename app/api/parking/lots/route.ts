// GET /api/parking/lots — car parks and street berths near a point, nearest first, with free spaces now (public)
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangParam, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { NearbyLotsQuery } from "@/lib/parking/nearby-lots";
import { nearbyLotsRead } from "@/lib/parking/public-reads";

export const dynamic = "force-dynamic";

// Built once: a zod schema compiles its parser on first use, so one made per request costs more than the answer.
const LotsQuery = NearbyLotsQuery.extend(LangParam);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = parseQuery(request, LotsQuery);
    const { locale, vary } = publicLocale(request);
    const { lang: _, ...where } = query;
    const read = await nearbyLotsRead(await getDb(), cityBrain(), where, locale, serverNow());
    return publicAnswer(request, { ...read, vary });
  }),
});
