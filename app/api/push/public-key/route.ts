// GET /api/push/public-key — the VAPID public key browsers subscribe with (applicationServerKey)
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { getVapidKeys } from "@/lib/push/vapid";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async () => {
    const { publicKey } = await getVapidKeys(await getDb());
    return Response.json({ publicKey }, { headers: { "Cache-Control": "no-store" } });
  }),
});
