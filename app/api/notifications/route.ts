// GET /api/notifications — my latest 50 notifications, newest first
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { listNotifications } from "@/lib/push/inbox";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    const notifications = await listNotifications(await getDb(), user.id, { limit: 50 });
    return Response.json({ notifications }, { headers: { "Cache-Control": "private, no-store" } });
  }),
});
