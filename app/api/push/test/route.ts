// POST /api/push/test — send me a test notification (at most one a minute) and say how it was delivered
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { sendTestNotification } from "@/lib/push/test-notification";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    const { notification } = await sendTestNotification(await getDb(), user.id);
    return Response.json({ notification }, { status: 202 });
  }),
});
