// GET /api/clinic/account — my clinic credit account: status, line, used and available (private)
import { requireSession } from "@/lib/auth/current-user";
import { getClinicAccount } from "@/lib/clinic/clinic-account";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    const { residentIdMasked: _, score: __, ...account } = await getClinicAccount(await getDb(), user.id);
    return Response.json(account, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  }),
});
