// GET /api/clinic/card — my health card: the signed QR token for this minute and the next few (private)
import { requireSession } from "@/lib/auth/current-user";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { getHealthCard } from "@/lib/clinic/health-card";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    const card = await getHealthCard(await getDb(), user.id, clinicConfig().cardSecret, serverNow());
    return Response.json(card, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  }),
});
