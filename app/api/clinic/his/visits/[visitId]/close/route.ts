// POST /api/clinic/his/visits/{visitId}/close — a hospital's signed close: one itemised bill, due in 48 h
import { closeVisit } from "@/lib/clinic/close-visit";
import { readHisRequest } from "@/lib/clinic/his-request";
import { HisCloseBody } from "@/lib/clinic/his-schemas";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSignedTarget } from "@/lib/http/signed-target";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ visitId: string }>(async (request, { params }) => {
    const body = await readHisRequest(request, HisCloseBody);
    requireSignedTarget("visitId", body.visitId, params.visitId);
    const { invoiceId, totalSelfPayFen, dueAt } = await closeVisit(await getDb(), body, serverNow());
    return Response.json({ invoiceId, totalSelfPayFen, dueAt }, { headers: { "Cache-Control": "no-store" } });
  }),
});
