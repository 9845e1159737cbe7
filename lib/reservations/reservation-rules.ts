import parkingJson from "@/lib/citybrain/sandbox/data/parking.json";

import { RESERVATION_FEE_FEN } from "./reservation-fee";

export { RESERVATION_FEE_FEN };
/** How far ahead one may book. */
export const MAX_LEAD_MS = 24 * 60 * 60_000;
/** The space is held this long past the arrival time. */
export const HOLD_MS = 15 * 60_000;
/** Cancelling is free (refunded) until this long before the arrival time. */
export const FREE_CANCEL_BEFORE_MS = 15 * 60_000;
/**
 * The share of a reservable lot's spaces offered for booking. An estimate: the operators publish no
 * figure, so the API marks capacity `estimated: true`.
 */
export const RESERVABLE_SHARE = 0.05;

interface CatalogueLot {
  slug: string;
  name: { zh: string; en: string };
  lat: number;
  lng: number;
  total: number;
  category?: string[];
}

const RESERVABLE = new Map<string, CatalogueLot & { spaces: number }>(
  (parkingJson.facilities as CatalogueLot[])
    .filter((f) => (f.category ?? []).includes("reservable"))
    .map((f) => [f.slug, { ...f, spaces: Math.max(2, Math.floor(f.total * RESERVABLE_SHARE)) }]),
);

/** The reservable spaces of a lot (estimate), or 0 when the lot takes no reservations. */
export function reservableSpaces(lotId: string): number {
  return RESERVABLE.get(lotId)?.spaces ?? 0;
}

/** Other reservable lots nearest to this one, nearest first (for "try Y"). */
export function nearbyReservableLots(lotId: string): CatalogueLot[] {
  const here = RESERVABLE.get(lotId);
  if (!here) return [];
  const distance = (l: CatalogueLot) =>
    (l.lat - here.lat) ** 2 + ((l.lng - here.lng) * Math.cos((here.lat * Math.PI) / 180)) ** 2;
  return [...RESERVABLE.values()].filter((l) => l.slug !== lotId).sort((a, b) => distance(a) - distance(b));
}

/**
 * A reservation is *active* — it occupies one of the lot's reservable spaces — while it is
 * `pending_payment` or `confirmed`, the hold has not ended (now < arrival + 15 min) and the plate has not
 * entered the lot since booking. Two reservations compete for a space when their hold windows
 * [arrival, arrival + 15 min) overlap; counting every overlapping one is conservative (never oversells).
 */
export const ACTIVE_DEFINITION = "pending_payment|confirmed, now < holdUntil, no entry since booking";

/** What a lot offers for booking, for the API: capacity is an estimate. */
export function reservableCapacity(lotId: string) {
  return { lotId, spaces: reservableSpaces(lotId), estimated: true as const, share: RESERVABLE_SHARE };
}

/** The names of the car parks that take reservations, by id, in the caller's language. */
export function reservableLotNames(locale: "zh-CN" | "en"): Record<string, string> {
  return Object.fromEntries(
    [...RESERVABLE.values()].map((lot) => [lot.slug, locale === "en" ? lot.name.en : lot.name.zh]),
  );
}
