// GET /api/parking/lots — car parks and street berths near a point, nearest first, with free spaces now
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listNearbyLots, NearbyLotsQuery } from "@/lib/parking/nearby-lots";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request, { locale }) => {
    const query = parseQuery(request, NearbyLotsQuery);
    const body = await listNearbyLots(await getDb(), cityBrain(), query, locale);
    return Response.json(body, { headers: { "Cache-Control": "private, no-cache" } });
  }),
});
