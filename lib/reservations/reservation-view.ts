import type { parkingReservations } from "@/lib/db/schema";
import { FREE_CANCEL_BEFORE_MS } from "./reservation-rules";

type Row = typeof parkingReservations.$inferSelect;

/** What the resident sees: the stored status, or `arrived` / `no_show` derived from entries and the clock. */
export type ReservationState =
  | "pending_payment"
  | "confirmed"
  | "declined"
  | "cancelled"
  | "arrived"
  | "no_show";

export interface ReservationView {
  id: string;
  lotId: string;
  plate: string;
  arrivalAt: string;
  holdUntil: string;
  feeFen: number;
  state: ReservationState;
  /** Until when cancelling is refunded. */
  freeCancelUntil: string;
  refund: { amountFen: number; refundedAt: string | null } | null;
  createdAt: string;
}

/** The resident's view of a reservation at `now`; `entered` = the plate entered the lot while it was held. */
export function toView(row: Row, now: Date, entered = false): ReservationView {
  return {
    id: row.id,
    lotId: row.lotId,
    plate: row.plate,
    arrivalAt: row.arrivalAt.toISOString(),
    holdUntil: row.holdUntil.toISOString(),
    feeFen: row.feeFen,
    state: stateOf(row, now, entered),
    freeCancelUntil: new Date(row.arrivalAt.getTime() - FREE_CANCEL_BEFORE_MS).toISOString(),
    refund: row.refundDueFen
      ? { amountFen: row.refundDueFen, refundedAt: row.refundedAt?.toISOString() ?? null }
      : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function stateOf(
  row: Pick<Row, "status" | "holdUntil">,
  now: Date,
  entered: boolean,
): ReservationState {
  if (row.status !== "confirmed") return row.status;
  if (entered) return "arrived";
  return now.getTime() >= row.holdUntil.getTime() ? "no_show" : "confirmed";
}
