// GET /api/clinic/visits — my hospital visits with their itemised charges, newest first (private)
import { requireSession } from "@/lib/auth/current-user";
import { listClinicVisits } from "@/lib/clinic/clinic-visits";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    const visits = await listClinicVisits(await getDb(), user.id);
    return Response.json({ visits }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
  }),
});
