// GET /api/parking/lots/{id}/reservable — how many spaces a lot offers for booking (an estimate) and the fee
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { RESERVATION_FEE_FEN, reservableCapacity } from "@/lib/reservations/reservation-rules";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ id: string }>(async (_request, { params }) =>
    Response.json(
      {
        ...reservableCapacity(params.id),
        feeFen: RESERVATION_FEE_FEN,
        holdMinutes: 15,
        freeCancelMinutesBefore: 15,
      },
      { headers: { "Cache-Control": "public, max-age=3600" } },
    ),
  ),
});
