// POST /api/sandbox/clinic/visit — sandbox only: the sandbox hospital charges a typical visit to my credit line
import { requireSession } from "@/lib/auth/current-user";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { SandboxClinicVisitInput, walkSandboxVisitForResident } from "@/lib/clinic/sandbox-clinic-visit";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    requireSandboxAccess(request);
    const { user } = await requireSession(request);
    const input = await readJson(request, SandboxClinicVisitInput, "unprocessable");
    const visit = await walkSandboxVisitForResident(
      await getDb(),
      user.id,
      input,
      clinicConfig(),
      serverNow(),
    );
    return Response.json(visit, { headers: { "Cache-Control": "no-store" } });
  }),
});
