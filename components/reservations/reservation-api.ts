"use client";

import type { CancelOutcome } from "@/lib/reservations/cancel-reservation";
import type { ReservationView } from "@/lib/reservations/reservation-view";

// Types only, from the server's own definitions: `import type` is erased, so nothing of the server is bundled.

/** What the reservations API gives for one reservation. */
export type Reservation = ReservationView;

export type CancelRefund = CancelOutcome["refund"];

export const RESERVATIONS_KEY = "/api/parking/reservations";
export const PLATES_KEY = "/api/me/plates";

/** A failed call with the server's message (already in the person's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { cache: "no-store", ...init });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
  if (!response.ok) throw new ApiError(response.status, body.error?.message ?? `HTTP ${response.status}`);
  return body;
}

export const getJson = <T>(url: string) => send<T>(url);

export function bookReservation(input: { lotId: string; plate: string; arrivalAt: string }, key: string) {
  return send<{ reservation: Reservation }>(RESERVATIONS_KEY, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key },
    body: JSON.stringify(input),
  });
}

export function cancelReservation(id: string) {
  return send<{ reservation: Reservation; refund: CancelRefund }>(
    `${RESERVATIONS_KEY}/${encodeURIComponent(id)}/cancel`,
    { method: "POST" },
  );
}
