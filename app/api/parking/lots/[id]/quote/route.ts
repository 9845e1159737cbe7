// GET /api/parking/lots/{id}/quote — the fee of a stay (entry, exit, vehicleClass) with its lines in plain words
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { QuoteQuery, quoteLotStay } from "@/lib/parking/lot-quote";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (request, { params, locale }) => {
    const query = parseQuery(request, QuoteQuery);
    const body = await quoteLotStay(await getDb(), cityBrain(), params.id, query, locale);
    return Response.json(body, { headers: { "Cache-Control": "private, no-cache" } });
  }),
});
