// GET /api/tour/pois — the sights a visitor can plan with, estimates labelled
import { publicFeedRead } from "@/lib/citybrain/public-feed-read";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listPois } from "@/lib/tour/pois";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => publicFeedRead(request, await getDb(), cityBrain(), "pois", listPois)),
});
