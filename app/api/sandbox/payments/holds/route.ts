// PUT /api/sandbox/payments/holds — hold (or release) the sandbox provider's callbacks for an account, so a
// payment stays in flight until released (sandbox only)
import { z } from "zod";
import { PhoneSchema } from "@/lib/auth/phone";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { sandboxPaymentsAvailable } from "@/lib/payments/current-provider";
import { setSandboxCallbackHold } from "@/lib/payments/sandbox-callback-holds";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

const HoldInput = z.strictObject({ phone: PhoneSchema, hold: z.boolean() });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  PUT: route(async (request) => {
    requireSandboxAccess(request, sandboxPaymentsAvailable());
    const { phone, hold } = await readJson(request, HoldInput);
    await setSandboxCallbackHold(await getDb(), phone, hold, serverNow());
    return Response.json({ phone, hold }, { headers: { "Cache-Control": "no-store" } });
  }),
});
