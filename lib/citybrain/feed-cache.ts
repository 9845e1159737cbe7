import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { type FeedAnswer, readFeed } from "./last-good";

/**
 * How long one answer of a feed is served from memory, and how much longer it may be served while a fresh one is
 * fetched in the background. They follow how often each feed changes: car-park counters every few minutes (the
 * sandbox every 5), air quality hourly (checked every 5 minutes so a new hour shows soon), sights and hospitals
 * hardly ever.
 */
export const FEED_POLICIES = {
  parking: { freshMs: 60_000, staleMs: 5 * 60_000 },
  air: { freshMs: 5 * 60_000, staleMs: 30 * 60_000 },
  crowd: { freshMs: 5 * 60_000, staleMs: 15 * 60_000 },
  pois: { freshMs: 60 * 60_000, staleMs: 24 * 60 * 60_000 },
  hospitals: { freshMs: 60 * 60_000, staleMs: 24 * 60 * 60_000 },
} as const;
export type CachedFeed = keyof typeof FEED_POLICIES;

export interface CachedAnswer<T> extends FeedAnswer<T> {
  /** Changes whenever the served items change: part of every derived answer's cache key and ETag. */
  version: number;
}

interface Entry<T> {
  answer: CachedAnswer<T>;
  /** The server's "now" (the sandbox clock in the sandbox) when it was fetched. */
  fetchedAt: number;
}

interface FeedSlot {
  entry?: Entry<object>;
  inFlight?: Promise<Entry<object>>;
}

// One slot per source, database and feed: a test's own source or database never sees another's answers.
const slots = new WeakMap<object, WeakMap<object, Map<CachedFeed, FeedSlot>>>();
let versions = 0;

function slotOf(source: object, db: Db, feed: CachedFeed): FeedSlot {
  const byDb = slots.get(source) ?? new WeakMap<object, Map<CachedFeed, FeedSlot>>();
  slots.set(source, byDb);
  const byFeed = byDb.get(db) ?? new Map<CachedFeed, FeedSlot>();
  byDb.set(db, byFeed);
  const slot = byFeed.get(feed) ?? {};
  byFeed.set(feed, slot);
  return slot;
}

/**
 * A feed's current answer for everyone who asks: from memory while fresh; while merely stale, from memory with one
 * refresh started in the background; otherwise fetched, with one upstream call in flight however many requests
 * wait for it (single flight). Behind it `readFeed` keeps the database copy every app server shares and falls back
 * to it when upstream fails. A failed refresh keeps serving what memory holds, marked stale.
 */
export async function cachedFeed<T extends object>(
  db: Db,
  source: object,
  feed: CachedFeed,
  fetchFresh: () => Promise<T[]>,
  now: () => Date = serverNow,
): Promise<CachedAnswer<T>> {
  const slot = slotOf(source, db, feed);
  const policy = FEED_POLICIES[feed];
  const entry = slot.entry as Entry<T> | undefined;
  const age = entry ? now().getTime() - entry.fetchedAt : Number.POSITIVE_INFINITY;
  // A clock moved back (the sandbox clock) makes the entry's age negative: it is from the future, fetch again.
  if (entry && age >= 0 && age < policy.freshMs) return entry.answer;
  const refresh = refreshOnce<T>(slot, db, feed, fetchFresh, now);
  if (entry && age >= 0 && age < policy.freshMs + policy.staleMs) {
    refresh.catch(() => undefined);
    return entry.answer;
  }
  try {
    return (await refresh).answer;
  } catch (error) {
    if (entry) return { ...entry.answer, stale: true };
    throw error;
  }
}

function refreshOnce<T extends object>(
  slot: FeedSlot,
  db: Db,
  feed: CachedFeed,
  fetchFresh: () => Promise<T[]>,
  now: () => Date,
): Promise<Entry<T>> {
  slot.inFlight ??= (async () => {
    try {
      const fetchedAt = now().getTime();
      const answer = await readFeed(db, feed, fetchFresh);
      const entry: Entry<object> = { answer: { ...answer, version: ++versions }, fetchedAt };
      slot.entry = entry;
      return entry;
    } finally {
      slot.inFlight = undefined;
    }
  })();
  return slot.inFlight as Promise<Entry<T>>;
}

/**
 * Cache-Control of answers derived from a feed: browsers and shared caches keep them half as long as the server
 * keeps the feed in memory, and may show them while refetching for as long as the server would serve it stale.
 */
export function publicCachingOf(feed: CachedFeed) {
  const { freshMs, staleMs } = FEED_POLICIES[feed];
  return { maxAgeS: Math.round(freshMs / 2000), staleWhileRevalidateS: Math.round(staleMs / 1000) };
}
