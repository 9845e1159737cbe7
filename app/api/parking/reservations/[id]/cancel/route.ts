// POST /api/parking/reservations/{id}/cancel — cancel my reservation: refunded until 15 min before arrival
import { z } from "zod";
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { paymentProvider } from "@/lib/payments/current-provider";
import { cancelReservation } from "@/lib/reservations/cancel-reservation";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  POST: route<{ id: string }>(async (request, { params }) => {
    const { user } = await requireSession(request);
    if (!z.uuid().safeParse(params.id).success)
      throw new AppError("not_found", "errors.reservations.notFound");
    const db = await getDb();
    const outcome = await cancelReservation(db, user.id, params.id, {
      provider: paymentProvider(db),
    });
    return Response.json(outcome, { headers: { "Cache-Control": "private, no-store" } });
  }),
});
