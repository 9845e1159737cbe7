// POST /api/clinic/enrol — real name, identity number and consent → a credit decision with its reasons
import { requireSession } from "@/lib/auth/current-user";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { EnrolInput, enrol } from "@/lib/clinic/enrol";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    const input = await readJson(request, EnrolInput);
    const result = await enrol(await getDb(), user.id, input, clinicConfig(), serverNow());
    return Response.json(result, { status: 201, headers: { "Cache-Control": "private, no-store" } });
  }),
});
