// GET|PUT /api/sandbox/clock — the sandbox clock every server-side "now" reads (sandbox only; this machine or the token)
import { readSandboxClock, SandboxClockInput, setSandboxClock } from "@/lib/clock/sandbox-clock";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    requireSandboxAccess(request);
    const state = await readSandboxClock(await getDb());
    return Response.json(state, { headers: { "Cache-Control": "no-store" } });
  }),
  PUT: route(async (request) => {
    requireSandboxAccess(request);
    const state = await setSandboxClock(await getDb(), await readJson(request, SandboxClockInput));
    return Response.json(state, { headers: { "Cache-Control": "no-store" } });
  }),
});
