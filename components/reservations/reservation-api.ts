"use client";

import { RESERVATIONS_KEY } from "@/components/data/personal-resources";
import { sendJson } from "@/lib/client/api";
import type { CancelOutcome } from "@/lib/reservations/cancel-reservation";
import type { ReservationView } from "@/lib/reservations/reservation-view";

// Types only, from the server's own definitions: `import type` is erased, so nothing of the server is bundled.

/** What the reservations API gives for one reservation. */
export type Reservation = ReservationView;

export type CancelRefund = CancelOutcome["refund"];

export function bookReservation(input: { lotId: string; plate: string; arrivalAt: string }, key: string) {
  return sendJson<{ reservation: Reservation }>("POST", RESERVATIONS_KEY, input, {
    headers: { "Idempotency-Key": key },
  });
}

export function cancelReservation(id: string) {
  return sendJson<{ reservation: Reservation; refund: CancelRefund }>(
    "POST",
    `${RESERVATIONS_KEY}/${encodeURIComponent(id)}/cancel`,
  );
}
