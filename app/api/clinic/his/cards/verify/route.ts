// POST /api/clinic/his/cards/verify — a hospital checks a scanned health-card code: genuine, whose (masked), credit left
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { readHisRequest } from "@/lib/clinic/his-request";
import { HisCardVerifyBody } from "@/lib/clinic/his-schemas";
import { verifyCardForHospital } from "@/lib/clinic/verify-card";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const body = await readHisRequest(request, HisCardVerifyBody);
    const check = await verifyCardForHospital(await getDb(), body, clinicConfig(), serverNow());
    return Response.json(check, { headers: { "Cache-Control": "no-store" } });
  }),
});
