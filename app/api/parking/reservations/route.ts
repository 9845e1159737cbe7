// GET|POST /api/parking/reservations — my reservations; reserve a space (idempotent with Idempotency-Key)
import { z } from "zod";
import { requireSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { CreateReservationInput, createReservation } from "@/lib/reservations/create-reservation";
import { listReservations } from "@/lib/reservations/list-reservations";
import { currentReservationPayments } from "@/lib/reservations/reservation-payments";

export const dynamic = "force-dynamic";
const PRIVATE = { "Cache-Control": "private, no-store", Vary: "Cookie" };
const IdempotencyKey = z.string().min(1).max(200);

export const GET = route(async (request) => {
  const { user } = await requireSession(request);
  return Response.json(
    { reservations: await listReservations(await getDb(), user.id) },
    { headers: PRIVATE },
  );
});

export const POST = route(async (request, { locale }) => {
  const { user } = await requireSession(request);
  const header = request.headers.get("idempotency-key");
  if (header !== null && !IdempotencyKey.safeParse(header).success) {
    throw new AppError("bad_request", "errors.validationGeneric");
  }
  const input = await readJson(request, CreateReservationInput, "unprocessable");
  const db = await getDb();
  const { reservation, created } = await createReservation(db, user.id, input, {
    payments: currentReservationPayments(db),
    idempotencyKey: header ?? undefined,
    locale,
  });
  return Response.json({ reservation }, { status: created ? 201 : 200, headers: PRIVATE });
});
