// GET /api/tour/pois — the sights a visitor can plan with, estimates labelled
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { NoQuery, parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listPois } from "@/lib/tour/pois";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request, { locale }) => {
    parseQuery(request, NoQuery);
    const body = await listPois(await getDb(), cityBrain(), locale);
    return Response.json(body, { headers: { "Cache-Control": "private, no-cache" } });
  }),
});
