import "server-only";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { consumeRateLimits, refundRateLimitHits } from "@/lib/rate-limit/consume";
import type { RateLimitRule } from "@/lib/rate-limit/window";
import {
  type VehicleLicenceQuery,
  type VehicleLicenceService,
  VehicleLicenceUnavailableError,
} from "./vehicle-licence";

/** Where a resident the check refused can ask for a person to look (POST, see ownership-reviews.ts). */
export const OWNERSHIP_REVIEW_PATH = "/api/me/plate-reviews";

// A VIN tail has 33^6 values: a handful of tries per account makes guessing hopeless, while a resident who
// mistypes still has several goes (and the review path after that).
const perTenMinutes = (userId: string): RateLimitRule => ({
  bucket: "parking.licence.user",
  subject: userId,
  limit: 5,
  windowSeconds: 10 * 60,
});
const perDay = (userId: string): RateLimitRule => ({
  bucket: "parking.licence.user-day",
  subject: userId,
  limit: 20,
  windowSeconds: 24 * 60 * 60,
});

/**
 * Asks the e-licence service whether the plate, owner's name and VIN tail belong together; throttled per
 * account. Returns only on a match: a mismatch is a 422 naming the review path, a silent service a 503.
 */
export async function verifyVehicleLicence(
  db: Db,
  userId: string,
  query: VehicleLicenceQuery,
  licence: VehicleLicenceService,
  /** For tests; by default the limits count by the database's clock. */
  now?: Date,
): Promise<void> {
  const limit = await consumeRateLimits(db, [perTenMinutes(userId), perDay(userId)], { now });
  if (!limit.allowed) {
    const seconds = limit.retryAfterSeconds;
    throw new AppError("rate_limited", "errors.parking.licenceCheckThrottled", {
      values: { minutes: Math.ceil(seconds / 60) },
      extra: { retryAfterSeconds: seconds },
    });
  }
  let verdict: Awaited<ReturnType<VehicleLicenceService["check"]>>;
  try {
    verdict = await licence.check(query);
  } catch (error) {
    // Not the resident's try that failed: it does not count against them.
    await refundRateLimitHits(db, Object.values(limit.hitIds));
    if (error instanceof VehicleLicenceUnavailableError) console.warn(`[licence] ${error.message}`);
    else console.error("[licence] unexpected failure", error);
    throw new AppError("unavailable", "errors.parking.licenceUnavailable");
  }
  if (verdict !== "match") {
    throw new AppError("unprocessable", "errors.parking.licenceMismatch", {
      values: { plate: query.plate },
      extra: { reason: "licence_mismatch", review: OWNERSHIP_REVIEW_PATH },
    });
  }
}
