// POST /api/sandbox/provider/checkout/{id} — the sandbox provider's checkout form (sandbox only): the person
// confirms or cancels a one-off payment once, and is sent back to the app with the signed outcome
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, parseOrThrow } from "@/lib/errors";
import { readCappedText } from "@/lib/http/body-reader";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { sandboxPaymentsAvailable } from "@/lib/payments/current-provider";
import { decideSandboxCheckout } from "@/lib/payments/sandbox-checkout";

export const dynamic = "force-dynamic";

const Decision = z.strictObject({ decision: z.enum(["confirm", "cancel"]) });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  // Not limited to this machine: in a sandbox deployment the resident's phone is the one confirming.
  POST: route<{ id: string }>(async (request, { params }) => {
    if (!sandboxPaymentsAvailable()) throw new AppError("not_found", "errors.notFound");
    const form = new URLSearchParams(await readCappedText(request, 4_000));
    const { decision } = parseOrThrow(Decision, Object.fromEntries(form));
    const back = await decideSandboxCheckout(await getDb(), params.id, decision, {
      secret: env().PAYMENTS_CALLBACK_SECRET,
      now: serverNow(),
    });
    return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
  }),
});
