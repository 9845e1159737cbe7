/** One limit: at most `limit` actions per `windowSeconds` for each subject in `bucket`. */
export interface RateLimitRule {
  bucket: string;
  subject: string;
  limit: number;
  windowSeconds: number;
}

/**
 * No rule may look back further than a day: the retention job deletes every hit older than this, whatever
 * its bucket (lib/retention/rate-limit-hits.ts), so a longer window would silently stop counting.
 */
export const MAX_RATE_LIMIT_WINDOW_SECONDS = 24 * 60 * 60;

export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until one more action fits in the window (at least 1). */
  retryAfterSeconds: number;
}

/**
 * Sliding-window log: given the most recent hits inside the window (newest first, at most `limit` of
 * them), decides whether one more action fits. When the window is full, the `limit`-th most recent hit
 * is the one that must leave the window before another action is allowed.
 */
export function decideWindow(
  recentHitsNewestFirst: readonly Date[],
  limit: number,
  windowSeconds: number,
  now: Date,
): RateLimitDecision {
  if (windowSeconds > MAX_RATE_LIMIT_WINDOW_SECONDS) {
    throw new Error(`A rate-limit window of ${windowSeconds} s is longer than the hits are kept.`);
  }
  const windowStart = now.getTime() - windowSeconds * 1000;
  const inWindow = recentHitsNewestFirst.filter((at) => at.getTime() > windowStart);
  if (inWindow.length < limit) return { allowed: true, retryAfterSeconds: 0 };
  const blocking = inWindow[limit - 1]!;
  const waitMs = blocking.getTime() + windowSeconds * 1000 - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** The lock key that serialises every decision for one (bucket, subject). */
export function rateLimitKey(rule: Pick<RateLimitRule, "bucket" | "subject">): string {
  return `${rule.bucket}:${rule.subject}`;
}
