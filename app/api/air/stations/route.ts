// GET /api/air/stations — every monitoring station with its latest hourly reading
import { listStations } from "@/lib/air/stations";
import { publicFeedRead } from "@/lib/citybrain/public-feed-read";
import { cityBrain } from "@/lib/citybrain/source";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => publicFeedRead(request, await getDb(), cityBrain(), "air", listStations)),
});
