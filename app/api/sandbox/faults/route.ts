// GET|PUT /api/sandbox/faults — the simulated upstream's error rate, latency and malformed answers (sandbox only)

import { currentFaults, FaultSettings, faultKnobsAvailable, setFaults } from "@/lib/citybrain/fault-settings";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    requireSandboxAccess(request, faultKnobsAvailable());
    return Response.json({ faults: currentFaults() }, { headers: { "Cache-Control": "no-store" } });
  }),
  PUT: route(async (request) => {
    requireSandboxAccess(request, faultKnobsAvailable());
    const faults = setFaults(await readJson(request, FaultSettings));
    return Response.json({ faults }, { headers: { "Cache-Control": "no-store" } });
  }),
});
