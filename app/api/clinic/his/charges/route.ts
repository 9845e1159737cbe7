// POST /api/clinic/his/charges — a hospital's signed charge, authorised against the patient's credit line (201 | 402)
import { after } from "next/server";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { notifyChargePosted } from "@/lib/clinic/clinic-notices";
import { readHisRequest } from "@/lib/clinic/his-request";
import { HisChargeBody } from "@/lib/clinic/his-schemas";
import { postCharge } from "@/lib/clinic/post-charge";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const body = await readHisRequest(request, HisChargeBody);
    const db = await getDb();
    const now = serverNow();
    const answer = await postCharge(db, body, { cardSecret: clinicConfig().cardSecret, now });
    if (answer.status === 201) {
      const posted = { ...body, ...answer.body, accountId: answer.accountId };
      after(() => notifyChargePosted(db, posted, now));
    }
    return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
  }),
});
