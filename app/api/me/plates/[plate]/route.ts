// DELETE /api/me/plates/{plate} — unbind one of the signed-in account's plates (URL-encoded, e.g. %E6%B5%99A12345)
import { requireSession } from "@/lib/auth/current-user";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { isCleanText, uncleanTextError } from "@/lib/http/clean-text";
import { noContent, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { normalisePlate } from "@/lib/parking/plate-format";
import { unbindPlate } from "@/lib/parking/plates";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  DELETE: route<{ plate: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    let raw = params.plate;
    try {
      raw = decodeURIComponent(raw);
    } catch {
      // Already decoded by the router: keep it as it is.
    }
    if (!isCleanText(raw)) throw uncleanTextError("plate");
    await unbindPlate(await getDb(), user.id, normalisePlate(raw), serverNow());
    return noContent();
  }),
});
