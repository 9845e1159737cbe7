// PATCH|DELETE /api/air/alerts/places/{id} — change (e.g. alerts off) or delete one of the signed-in person's places
import { deleteAlertPlace, updateAlertPlace } from "@/lib/air/alerts/alert-places";
import { AlertPlaceId, UpdateAlertPlaceInput } from "@/lib/air/alerts/place-input";
import { requireSession } from "@/lib/auth/current-user";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { noContent, readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };

/** A malformed id names no place of anyone's: the same 404 as another person's place. */
function placeId(id: string): string {
  const parsed = AlertPlaceId.safeParse(id);
  if (!parsed.success) throw new AppError("not_found", "airAlertsServer.errors.notFound");
  return parsed.data;
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  PATCH: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    const id = placeId(params.id);
    const input = await readJson(request, UpdateAlertPlaceInput);
    const place = await updateAlertPlace(await getDb(), user.id, id, input, serverNow());
    return Response.json({ place }, { headers: PRIVATE });
  }),
  DELETE: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    await deleteAlertPlace(await getDb(), user.id, placeId(params.id));
    return noContent({ "Cache-Control": "private, no-store" });
  }),
});
