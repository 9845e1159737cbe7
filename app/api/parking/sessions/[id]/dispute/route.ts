// POST /api/parking/sessions/{id}/dispute — dispute a bill within 7 days of leaving (not_my_car | wrong_times | other)
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { createDispute, DisputeInput } from "@/lib/parking/disputes";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    const input = await readJson(request, DisputeInput, "unprocessable");
    const dispute = await createDispute(await getDb(), user.id, params.id, input);
    return Response.json({ dispute }, { status: 201, headers: { "Cache-Control": "no-store" } });
  }),
});
