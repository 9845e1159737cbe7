// GET /api/sandbox/row-counts — the number of rows in every table (sandbox only; this machine or the token):
// the API fuzz test proves with it that refused input changed nothing
import { getDb } from "@/lib/db/client";
import { countRowsByTable } from "@/lib/db/row-counts";
import { NoQuery, parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { requireSandboxAccess } from "@/lib/sandbox/sandbox-access";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    requireSandboxAccess(request);
    parseQuery(request, NoQuery);
    const tables = await countRowsByTable(await getDb());
    return Response.json({ tables }, { headers: { "Cache-Control": "no-store" } });
  }),
});
