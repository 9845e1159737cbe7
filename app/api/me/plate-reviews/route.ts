// POST /api/me/plate-reviews — ask for a person to review a plate's ownership (the licence check refused me)
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { OwnershipReviewInput, requestOwnershipReview } from "@/lib/parking/ownership-reviews";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route(async (request) => {
    const { user } = await requireSession(request);
    const input = await readJson(request, OwnershipReviewInput, "unprocessable");
    const { review, created } = await requestOwnershipReview(await getDb(), user.id, input);
    return Response.json(
      { review },
      { status: created ? 201 : 200, headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } },
    );
  }),
});
