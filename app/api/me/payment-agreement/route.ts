// GET|POST|DELETE /api/me/payment-agreement — the password-free payment agreement: status, sign, revoke
import { z } from "zod";
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { noContent, readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { agreementStatus, revokeAgreement, signAgreement } from "@/lib/payments/payment-agreement";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    return Response.json({ status: await agreementStatus(await getDb(), user.id) }, { headers: PRIVATE });
  }),
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    await readJson(request, z.strictObject({}));
    return Response.json(
      { status: await signAgreement(await getDb(), user.id) },
      { status: 201, headers: PRIVATE },
    );
  }),
  DELETE: route(async (request) => {
    const { user } = await requireSession(request);
    await revokeAgreement(await getDb(), user.id);
    return noContent();
  }),
});
