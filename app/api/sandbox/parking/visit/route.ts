// POST /api/sandbox/parking/visit — sandbox only: record an entry (and exit) of one of my plates as gate events
import { after } from "next/server";
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { afterBilling } from "@/lib/parking/after-billing";
import { SandboxVisitInput, simulateVisit } from "@/lib/parking/sandbox-visit";
import { paymentProvider } from "@/lib/payments/current-provider";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    requireSandboxAccess(request);
    const { user } = await requireSession(request);
    const input = await readJson(request, SandboxVisitInput, "unprocessable");
    const db = await getDb();
    const result = await simulateVisit(db, user.id, input);
    if (result.paymentIds.length > 0 || result.billedStayIds.length > 0) {
      after(() => afterBilling(db, paymentProvider(db), result));
    }
    return Response.json(
      { accepted: result.accepted, duplicates: result.duplicates },
      { status: 202, headers: { "Cache-Control": "no-store" } },
    );
  }),
});
