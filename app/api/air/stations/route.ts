// GET /api/air/stations — every monitoring station with its latest hourly reading
import { listStations } from "@/lib/air/stations";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { NoQuery, parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request, { locale }) => {
    parseQuery(request, NoQuery);
    const body = await listStations(await getDb(), cityBrain(), locale);
    return Response.json(body, { headers: { "Cache-Control": "private, no-cache" } });
  }),
});
