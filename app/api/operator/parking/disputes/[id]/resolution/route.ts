// POST /api/operator/parking/disputes/{id}/resolution — the operator's signed decision on a dispute (upheld | rejected)
import { after } from "next/server";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { readSignedRequest } from "@/lib/http/signed-body";
import { afterDisputeResolution } from "@/lib/parking/after-dispute-resolution";
import { receiveDisputeResolution } from "@/lib/parking/operator-resolution";
import { paymentProvider } from "@/lib/payments/current-provider";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params }) => {
    const signed = await readSignedRequest(request);
    const db = await getDb();
    const result = await receiveDisputeResolution(db, params.id, signed);
    if (result.applied) after(() => afterDisputeResolution(db, paymentProvider(db), result));
    return Response.json({ dispute: result.dispute }, { headers: { "Cache-Control": "no-store" } });
  }),
});
