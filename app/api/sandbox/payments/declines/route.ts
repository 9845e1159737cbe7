// PUT /api/sandbox/payments/declines — make the sandbox payment provider decline (or accept) an account (sandbox only)
import { z } from "zod";
import { PhoneSchema } from "@/lib/auth/phone";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { sandboxPaymentsAvailable } from "@/lib/payments/current-provider";
import { setSandboxDecline } from "@/lib/payments/sandbox-provider";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

const DeclineInput = z.strictObject({ phone: PhoneSchema, decline: z.boolean() });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  PUT: route(async (request) => {
    requireSandboxAccess(request, sandboxPaymentsAvailable());
    const { phone, decline } = await readJson(request, DeclineInput);
    await setSandboxDecline(await getDb(), phone, decline);
    return Response.json({ phone, decline }, { headers: { "Cache-Control": "no-store" } });
  }),
});
