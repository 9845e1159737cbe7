// GET /api/health — liveness, with the database the server is using
import { getDb, getDbKind } from "@/lib/db/client";
import { pingDatabase } from "@/lib/db/health";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async () => {
    await pingDatabase(await getDb());
    return Response.json({ ok: true, db: await getDbKind() }, { headers: { "Cache-Control": "no-store" } });
  }),
});
