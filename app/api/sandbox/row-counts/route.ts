// GET /api/sandbox/row-counts — the number of rows in every table (sandbox only): the fuzz test proves refused input changed nothing
import { getDb } from "@/lib/db/client";
import { countRowsByTable } from "@/lib/db/row-counts";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { NoQuery, parseQuery } from "@/lib/http/query";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  if (env().APP_ENV !== "sandbox") throw new AppError("not_found", "errors.notFound");
  parseQuery(request, NoQuery);
  const tables = await countRowsByTable(await getDb());
  return Response.json({ tables }, { headers: { "Cache-Control": "no-store" } });
});
