import "server-only";
import { and, desc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { databaseNow } from "@/lib/clock/database-now";
import { rateLimitHits } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { decideWindow, type RateLimitDecision, type RateLimitRule, rateLimitKey } from "./window";

export type { RateLimitDecision, RateLimitRule };

export interface RateLimitOutcome extends RateLimitDecision {
  /** The rule that refused (the one with the longest wait), when not allowed. */
  refusedBy?: RateLimitRule;
  /** Ids of the hits recorded for this action, by bucket; pass to refundRateLimitHits to give one back. */
  hitIds: Record<string, number>;
}

// Roughly one call in this many also sweeps old hits of its bucket, so the table stays small cheaply.
const SWEEP_ONE_IN = 50;

export interface RateLimitOptions {
  /** The instant to count at, for tests; by default the database's (databaseNow), the same for every app server. */
  now?: Date;
  sweep?: boolean;
}

/**
 * Counts one action against every rule at once: allowed only if all rules allow it, and then recorded for
 * all of them. Each (bucket, subject) is serialised with a transaction-scoped advisory lock, and hits are
 * stamped and windows measured by the database's clock, so app servers sharing the database agree (whatever
 * their own clocks say) and concurrent requests cannot slip past a limit.
 */
export async function consumeRateLimits(
  db: Db,
  rules: readonly RateLimitRule[],
  options: RateLimitOptions = {},
): Promise<RateLimitOutcome> {
  // A fixed lock order means two actions that share some subjects can never deadlock.
  const keys = [...new Set(rules.map(rateLimitKey))].sort();
  const { outcome, now } = await db.transaction(async (tx) => {
    for (const key of keys) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    }
    // Read after the locks: the hit is stamped when the decision is taken, not when the request began waiting.
    const now = options.now ?? (await databaseNow(tx));
    const outcome = await decide(tx, rules, now);
    return { outcome, now };
  });
  if (options.sweep ?? Math.random() * SWEEP_ONE_IN < 1) {
    await Promise.all(rules.map((rule) => sweepRateLimitHits(db, rule, now)));
  }
  return outcome;
}

async function decide(tx: Db, rules: readonly RateLimitRule[], now: Date): Promise<RateLimitOutcome> {
  let refused: { rule: RateLimitRule; decision: RateLimitDecision } | undefined;
  for (const rule of rules) {
    const decision = decideWindow(await recentHits(tx, rule, now), rule.limit, rule.windowSeconds, now);
    if (!decision.allowed && decision.retryAfterSeconds > (refused?.decision.retryAfterSeconds ?? 0)) {
      refused = { rule, decision };
    }
  }
  if (refused) return { ...refused.decision, refusedBy: refused.rule, hitIds: {} };
  const inserted = await tx
    .insert(rateLimitHits)
    .values(rules.map((rule) => ({ bucket: rule.bucket, subject: rule.subject, at: now })))
    .returning({ id: rateLimitHits.id, bucket: rateLimitHits.bucket });
  const hitIds = Object.fromEntries(inserted.map((hit) => [hit.bucket, hit.id]));
  return { allowed: true, retryAfterSeconds: 0, hitIds };
}

/** Counts one action against a single rule; see consumeRateLimits. */
export async function consumeRateLimit(
  db: Db,
  rule: RateLimitRule,
  options: RateLimitOptions = {},
): Promise<RateLimitOutcome> {
  return consumeRateLimits(db, [rule], options);
}

/** Gives recorded hits back, e.g. when the action they paid for failed on our side. */
export async function refundRateLimitHits(db: Db, hitIds: readonly number[]): Promise<void> {
  if (hitIds.length === 0) return;
  await db.delete(rateLimitHits).where(inArray(rateLimitHits.id, [...hitIds]));
}

/** Housekeeping: deletes hits of the rule's bucket that no longer fall inside its window. */
export async function sweepRateLimitHits(
  db: Db,
  rule: Pick<RateLimitRule, "bucket" | "windowSeconds">,
  now?: Date,
): Promise<number> {
  const at = now ?? (await databaseNow(db));
  const cutoff = new Date(at.getTime() - rule.windowSeconds * 1000);
  const removed = await db
    .delete(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, rule.bucket), lt(rateLimitHits.at, cutoff)))
    .returning({ id: rateLimitHits.id });
  return removed.length;
}

async function recentHits(db: Pick<Db, "select">, rule: RateLimitRule, now: Date): Promise<Date[]> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db
    .select({ at: rateLimitHits.at })
    .from(rateLimitHits)
    .where(
      and(
        eq(rateLimitHits.bucket, rule.bucket),
        eq(rateLimitHits.subject, rule.subject),
        gt(rateLimitHits.at, windowStart),
      ),
    )
    .orderBy(desc(rateLimitHits.at))
    .limit(rule.limit);
  return rows.map((row) => row.at);
}
