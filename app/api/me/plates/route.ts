// GET|POST /api/me/plates — the plates bound to the signed-in account; bind another (vehicle-licence check)
import { requireSession } from "@/lib/auth/current-user";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { BindPlateInput, bindPlate, listPlates } from "@/lib/parking/plates";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    return Response.json(
      { plates: await listPlates(await getDb(), user.id, serverNow()) },
      { headers: PRIVATE },
    );
  }),
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    const input = await readJson(request, BindPlateInput, "unprocessable");
    const { plate, created, claimed } = await bindPlate(await getDb(), user.id, input);
    return Response.json({ plate, claimed }, { status: created ? 201 : 200, headers: PRIVATE });
  }),
});
