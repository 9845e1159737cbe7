// POST /api/sandbox/provider/{debits|payments|refunds} — the sandbox payment gateway over HTTP (sandbox only):
// the provider protocol of lib/payments/provider-protocol.ts, answered by the sandbox provider.
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { readSignedJson } from "@/lib/http/signed-body";
import { requireSignedTarget } from "@/lib/http/signed-target";
import { sandboxPaymentsAvailable } from "@/lib/payments/current-provider";
import { ProviderRequestBody } from "@/lib/payments/provider-protocol";
import { createSandboxProvider } from "@/lib/payments/sandbox-provider";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ operation: string }>(async (request, { params }) => {
    requireSandboxAccess(request, sandboxPaymentsAvailable());
    if (!["debits", "payments", "refunds"].includes(params.operation)) {
      throw new AppError("not_found", "errors.notFound");
    }
    const { data } = await readSignedJson(request, env().PAYMENTS_PROVIDER_SECRET, ProviderRequestBody);
    requireSignedTarget("operation", data.operation, params.operation);
    const provider = createSandboxProvider(await getDb());
    const accepted =
      data.operation === "debits"
        ? await provider.requestDebit(data)
        : data.operation === "payments"
          ? await provider.requestPayment(data)
          : await provider.requestRefund(data);
    return Response.json(accepted, { status: 202, headers: { "Cache-Control": "no-store" } });
  }),
});
