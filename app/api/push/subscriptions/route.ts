import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { noContent, readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import {
  removeSubscription,
  SubscriptionInput,
  saveSubscription,
  UnsubscribeInput,
} from "@/lib/push/subscriptions";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/push/subscriptions — subscribe this browser (PushSubscription.toJSON()) for the signed-in person
  POST: route(async (request) => {
    const input = await readJson(request, SubscriptionInput);
    const { user } = await requireSession(request);
    await saveSubscription(await getDb(), user.id, input, { userAgent: request.headers.get("user-agent") });
    return Response.json({ subscribed: true }, { status: 201 });
  }),
  // DELETE /api/push/subscriptions — stop pushing to this browser ({endpoint}); only your own
  DELETE: route(async (request) => {
    const { endpoint } = await readJson(request, UnsubscribeInput);
    const { user } = await requireSession(request);
    await removeSubscription(await getDb(), user.id, endpoint);
    return noContent();
  }),
});
