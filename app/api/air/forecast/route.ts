// GET /api/air/forecast?station=<id> | ?lat=&lng= — the last 72 observed hours and the next 72 forecast, with the AQI of each hour, day and period (public)
import { airForecastRead, ForecastQuery } from "@/lib/air/forecast-read";
import { cityBrain } from "@/lib/citybrain/source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { publicAnswer } from "@/lib/http/public-answer";
import { parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const query = parseQuery(request, ForecastQuery);
    const read = await airForecastRead(await getDb(), cityBrain(), query, serverNow());
    return publicAnswer(request, { ...read, vary: [] });
  }),
});
