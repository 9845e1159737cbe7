// GET /api/parking/sessions — the signed-in resident's parking stays and bills, most recent first
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listVisibleSessions } from "@/lib/parking/visible-sessions";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request, { locale }) => {
    const { user } = await requireSession(request);
    const sessions = await listVisibleSessions(await getDb(), user.id, locale);
    return Response.json({ sessions }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  }),
});
