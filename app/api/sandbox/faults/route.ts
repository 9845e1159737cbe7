// GET|PUT /api/sandbox/faults — the simulated upstream's error rate, latency and malformed answers (sandbox only)

import { currentFaults, FaultSettings, faultKnobsAvailable, setFaults } from "@/lib/citybrain/fault-settings";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

function requireSandbox() {
  if (!faultKnobsAvailable()) throw new AppError("not_found", "errors.notFound");
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async () => {
    requireSandbox();
    return Response.json({ faults: currentFaults() }, { headers: { "Cache-Control": "no-store" } });
  }),
  PUT: route(async (request) => {
    requireSandbox();
    const faults = setFaults(await readJson(request, FaultSettings));
    return Response.json({ faults }, { headers: { "Cache-Control": "no-store" } });
  }),
});
