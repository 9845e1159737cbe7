// POST /api/sandbox/provider/{debits|refunds} — the sandbox payment gateway over HTTP (sandbox only):
// the provider protocol of lib/payments/provider-protocol.ts, answered by the sandbox provider.
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { readSignedJson } from "@/lib/http/signed-body";
import { sandboxPaymentsAvailable } from "@/lib/payments/current-provider";
import { DebitBody, RefundBody } from "@/lib/payments/provider-protocol";
import { createSandboxProvider } from "@/lib/payments/sandbox-provider";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const POST = route<{ operation: string }>(async (request, { params }) => {
  requireSandboxAccess(request, sandboxPaymentsAvailable());
  const secret = env().PAYMENTS_PROVIDER_SECRET;
  const provider = createSandboxProvider(await getDb());
  let accepted: Awaited<ReturnType<typeof provider.requestDebit>>;
  if (params.operation === "debits") {
    accepted = await provider.requestDebit((await readSignedJson(request, secret, DebitBody)).data);
  } else if (params.operation === "refunds") {
    accepted = await provider.requestRefund((await readSignedJson(request, secret, RefundBody)).data);
  } else {
    throw new AppError("not_found", "errors.notFound");
  }
  return Response.json(accepted, { status: 202, headers: { "Cache-Control": "no-store" } });
});
