// GET /api/parking/lots/{id} — one car park or street-berth group: free spaces now, tariff as data and in plain words, an example fee
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { NoQuery, parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { getLotDetail } from "@/lib/parking/lot-detail";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params, locale }) => {
    parseQuery(request, NoQuery);
    const body = await getLotDetail(await getDb(), cityBrain(), params.id, locale);
    return Response.json(body, { headers: { "Cache-Control": "private, no-cache" } });
  }),
});
