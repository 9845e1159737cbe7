// GET /api/air/stations — every monitoring station with its latest hourly reading
import { airStationsRead } from "@/lib/air/stations";
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
    parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request);
    const read = await airStationsRead(await getDb(), cityBrain(), locale);
    return publicAnswer(request, { ...read, vary });
  }),
});
