// GET|POST /api/parking/reservations — my reservations; reserve a space (idempotent with Idempotency-Key)
import { z } from "zod";
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { paymentProvider } from "@/lib/payments/current-provider";
import { CreateReservationInput, createReservation } from "@/lib/reservations/create-reservation";
import { listReservations } from "@/lib/reservations/list-reservations";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };
const IdempotencyKey = z.string().min(1).max(200);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async (request) => {
    const { user } = await requireSession(request);
    return Response.json(
      { reservations: await listReservations(await getDb(), user.id) },
      { headers: PRIVATE },
    );
  }),
  POST: route(async (request, { locale }) => {
    const { user } = await requireSession(request);
    const header = request.headers.get("idempotency-key");
    if (header !== null && !IdempotencyKey.safeParse(header).success) {
      throw new AppError("bad_request", "errors.validationGeneric");
    }
    const input = await readJson(request, CreateReservationInput, "unprocessable");
    const db = await getDb();
    const { reservation, created } = await createReservation(db, user.id, input, {
      provider: paymentProvider(db),
      idempotencyKey: header ?? undefined,
      locale,
    });
    // 202 while the fee is still being confirmed by the provider: the client follows it in the list.
    const status = reservation.state === "pending_payment" ? 202 : created ? 201 : 200;
    return Response.json({ reservation }, { status, headers: PRIVATE });
  }),
});
