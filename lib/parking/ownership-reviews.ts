import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { plateOwnershipReviews } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { PlateSchema } from "./plate-format";
import { OwnerNameSchema } from "./vehicle-licence/types";

export const OwnershipReviewInput = z.strictObject({
  plate: PlateSchema,
  ownerName: OwnerNameSchema,
  note: z.string().trim().max(500).default(""),
});
export type OwnershipReviewInput = z.input<typeof OwnershipReviewInput>;

export interface OwnershipReview {
  id: string;
  plate: string;
  status: "open" | "closed";
  createdAt: string;
}

const COLUMNS = {
  id: plateOwnershipReviews.id,
  plate: plateOwnershipReviews.plate,
  status: plateOwnershipReviews.status,
  createdAt: plateOwnershipReviews.createdAt,
};

/**
 * Files a request for staff to review who owns a plate (when the licence check refused the resident).
 * Asking again about the same plate while a request is open answers with that request.
 */
export async function requestOwnershipReview(
  db: Db,
  userId: string,
  raw: OwnershipReviewInput,
  /** For tests; by default the server's now, and the limit counts by the database's clock. */
  asOf?: Date,
): Promise<{ review: OwnershipReview; created: boolean }> {
  const now = asOf ?? serverNow();
  const input = OwnershipReviewInput.parse(raw);
  const open = and(
    eq(plateOwnershipReviews.userId, userId),
    eq(plateOwnershipReviews.plate, input.plate),
    eq(plateOwnershipReviews.status, "open"),
  );
  const existing = async () => (await db.select(COLUMNS).from(plateOwnershipReviews).where(open).limit(1))[0];
  const found = await existing();
  if (found) return { review: view(found), created: false };

  const limit = await consumeRateLimit(
    db,
    { bucket: "parking.ownership-review.user", subject: userId, limit: 5, windowSeconds: 24 * 60 * 60 },
    { now: asOf },
  );
  if (!limit.allowed) {
    const seconds = limit.retryAfterSeconds;
    throw new AppError("rate_limited", "errors.parking.reviewThrottled", {
      values: { hours: Math.ceil(seconds / 3600) },
      extra: { retryAfterSeconds: seconds },
    });
  }
  const [inserted] = await db
    .insert(plateOwnershipReviews)
    .values({ userId, plate: input.plate, ownerName: input.ownerName, note: input.note, createdAt: now })
    .onConflictDoNothing()
    .returning(COLUMNS);
  return inserted
    ? { review: view(inserted), created: true }
    : { review: view((await existing())!), created: false };
}

function view(row: {
  id: string;
  plate: string;
  status: "open" | "closed";
  createdAt: Date;
}): OwnershipReview {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
