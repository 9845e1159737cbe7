// GET|POST /api/air/alerts/places — the signed-in person's places for air alerts; save one (once per clientKey)
import { createAlertPlace, listAlertPlaces } from "@/lib/air/alerts/alert-places";
import { CreateAlertPlaceInput, MAX_ALERT_PLACES } from "@/lib/air/alerts/place-input";
import { requireSession } from "@/lib/auth/current-user";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    const places = await listAlertPlaces(await getDb(), user.id);
    return Response.json({ places, max: MAX_ALERT_PLACES }, { headers: PRIVATE });
  }),
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    const input = await readJson(request, CreateAlertPlaceInput);
    const { place, created } = await createAlertPlace(await getDb(), user.id, input, serverNow());
    return Response.json({ place }, { status: created ? 201 : 200, headers: PRIVATE });
  }),
});
