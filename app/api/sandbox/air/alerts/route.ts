// POST /api/sandbox/air/alerts — sandbox only: sweep every saved place's air alerts now (as the job does every 10 min)
import { sweepAirAlerts } from "@/lib/air/alerts/alert-sweep";
import { alertForecast } from "@/lib/air/alerts/forecast-source";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    requireSandboxAccess(request);
    // Not under the job's lease: the sweep's own constraints keep a run beside the job from alerting twice.
    const report = await sweepAirAlerts(await getDb(), alertForecast, serverNow());
    return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  }),
});
