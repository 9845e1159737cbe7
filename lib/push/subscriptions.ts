import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { pushSubscriptions } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isAllowedPushEndpoint } from "./endpoint-policy";

/** Decoded byte length of a base64url string, or -1 when it is not base64url. */
function base64UrlBytes(value: string): number {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return -1;
  return Buffer.from(value, "base64url").length;
}

/** The browser's `PushSubscription.toJSON()`. */
export const SubscriptionInput = z.object({
  endpoint: z
    .string({ error: "push.errors.endpointInvalid" })
    .max(2048, { error: "push.errors.endpointInvalid" })
    .pipe(z.url({ protocol: /^https$/, error: "push.errors.endpointInvalid" })),
  expirationTime: z.number().nullable().optional(),
  keys: z.object(
    {
      // An uncompressed P-256 point (65 bytes, starting 0x04) and a 16-byte secret, as browsers send them.
      p256dh: z.string({ error: "push.errors.keysInvalid" }).refine((v) => base64UrlBytes(v) === 65, {
        error: "push.errors.keysInvalid",
      }),
      auth: z.string({ error: "push.errors.keysInvalid" }).refine((v) => base64UrlBytes(v) === 16, {
        error: "push.errors.keysInvalid",
      }),
    },
    { error: "push.errors.keysInvalid" },
  ),
});
export type SubscriptionInput = z.infer<typeof SubscriptionInput>;

export const UnsubscribeInput = z.object({
  endpoint: z.string({ error: "push.errors.endpointInvalid" }).min(1).max(2048),
});
export type UnsubscribeInput = z.infer<typeof UnsubscribeInput>;

/** A person rarely has more devices than this; it also bounds the fan-out of every notification. */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;

/**
 * Saves this browser's subscription for the user; saving it again refreshes its keys. An endpoint stays with
 * the account that registered it until that account removes it or the push service reports it gone: anyone
 * else naming it gets a 409 and nothing changes, so an endpoint cannot be taken over (and its pushes read).
 */
export async function saveSubscription(
  db: Db,
  userId: string,
  input: SubscriptionInput,
  options: { userAgent?: string | null; now?: Date; mode?: "sandbox" | "production" } = {},
): Promise<{ id: string }> {
  if (!isAllowedPushEndpoint(input.endpoint, options.mode ?? env().APP_ENV)) {
    throw new AppError("validation_failed", "push.errors.endpointNotAllowed");
  }
  const now = options.now ?? serverNow();
  const values = {
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
    consecutiveFailures: 0,
    createdAt: now,
  };
  // One statement, so two accounts racing for a new endpoint cannot both win: the loser updates nothing.
  const [saved] = await db
    .insert(pushSubscriptions)
    .values({ ...values, userId, endpoint: input.endpoint })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: values,
      setWhere: eq(pushSubscriptions.userId, userId),
    })
    .returning({ id: pushSubscriptions.id });
  if (!saved) throw new AppError("conflict", "push.errors.endpointTaken");
  await pruneOldestSubscriptions(db, userId);
  return saved;
}

async function pruneOldestSubscriptions(db: Db, userId: string): Promise<void> {
  const [total] = await db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId));
  const excess = (total?.n ?? 0) - MAX_SUBSCRIPTIONS_PER_USER;
  if (excess <= 0) return;
  const oldest = await db
    .select({ id: pushSubscriptions.id })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId))
    .orderBy(asc(pushSubscriptions.createdAt), asc(pushSubscriptions.id))
    .limit(excess);
  await db.delete(pushSubscriptions).where(
    inArray(
      pushSubscriptions.id,
      oldest.map((row) => row.id),
    ),
  );
}

/** Removes the user's own subscription; someone else's answers 404 exactly like an unknown one. */
export async function removeSubscription(db: Db, userId: string, endpoint: string): Promise<void> {
  const removed = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  if (removed.length === 0) throw new AppError("not_found", "push.errors.subscriptionNotFound");
}

export interface SubscriptionSummary {
  id: string;
  endpoint: string;
  userAgent: string | null;
  createdAt: Date;
  lastSuccessAt: Date | null;
  consecutiveFailures: number;
}

/** The user's subscriptions (one per browser), newest first. */
export async function listSubscriptions(db: Db, userId: string): Promise<SubscriptionSummary[]> {
  return db
    .select({
      id: pushSubscriptions.id,
      endpoint: pushSubscriptions.endpoint,
      userAgent: pushSubscriptions.userAgent,
      createdAt: pushSubscriptions.createdAt,
      lastSuccessAt: pushSubscriptions.lastSuccessAt,
      consecutiveFailures: pushSubscriptions.consecutiveFailures,
    })
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId))
    .orderBy(desc(pushSubscriptions.createdAt));
}
