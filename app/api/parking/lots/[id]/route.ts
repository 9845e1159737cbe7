// GET /api/parking/lots/{id} — one car park or street-berth group: free spaces now, tariff as data and in plain words, an example fee (public)
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { LangQuery, publicLocale } from "@/lib/http/public-locale";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { lotDetailRead } from "@/lib/parking/public-reads";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params }) => {
    parseQuery(request, LangQuery);
    const { locale, vary } = publicLocale(request);
    const read = await lotDetailRead(await getDb(), cityBrain(), params.id, locale, serverNow());
    return publicAnswer(request, { ...read, vary });
  }),
});
