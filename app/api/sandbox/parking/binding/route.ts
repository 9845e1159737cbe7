// PUT /api/sandbox/parking/binding — sandbox only: move my current binding of a plate back in time (never across another's)
import { requireSession } from "@/lib/auth/current-user";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { BackdateBindingInput, backdateBinding } from "@/lib/parking/sandbox-backdate";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  PUT: route(async (request) => {
    requireSandboxAccess(request);
    const { user } = await requireSession(request);
    const input = await readJson(request, BackdateBindingInput, "unprocessable");
    const binding = await backdateBinding(await getDb(), user.id, input, serverNow());
    return Response.json({ binding }, { headers: { "Cache-Control": "no-store" } });
  }),
});
