// POST /api/notifications/{id}/read — mark one of my notifications read
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { noContent, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { markNotificationRead } from "@/lib/push/inbox";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    await markNotificationRead(await getDb(), user.id, params.id);
    return noContent();
  }),
});
