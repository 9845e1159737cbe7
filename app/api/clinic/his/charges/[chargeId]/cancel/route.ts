// POST /api/clinic/his/charges/{chargeId}/cancel — a hospital's signed cancellation: the charge frees the line
import { cancelCharge } from "@/lib/clinic/cancel-charge";
import { readHisRequest } from "@/lib/clinic/his-request";
import { HisCancelBody } from "@/lib/clinic/his-schemas";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSignedTarget } from "@/lib/http/signed-target";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ chargeId: string }>(async (request, { params }) => {
    const body = await readHisRequest(request, HisCancelBody);
    requireSignedTarget("chargeId", body.chargeId, params.chargeId);
    const answer = await cancelCharge(await getDb(), body, serverNow());
    return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
  }),
});
