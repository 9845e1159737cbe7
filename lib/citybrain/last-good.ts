import "server-only";
import { eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { feedSnapshots } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export interface FeedAnswer<T> {
  items: T[];
  /** The newest observation in the answer (ISO). */
  asOf: string;
  /** True when upstream failed and this is the last good answer kept in the database. */
  stale: boolean;
}

export interface ReadFeedOptions {
  /** Give up on upstream after this long and serve the last good answer (the route must answer in time). */
  deadlineMs?: number;
  /** Store a fresh answer at most this often; every app server shares the stored one. */
  storeEveryMs?: number;
  now?: () => Date;
}

/**
 * Reads a feed from upstream, keeping its last good answer in the database. When upstream fails or is
 * too slow, the stored answer is served with `stale: true`; with none stored, a 503 a person understands.
 */
export async function readFeed<T extends object>(
  db: Db,
  feed: string,
  fetchFresh: () => Promise<T[]>,
  options: ReadFeedOptions = {},
): Promise<FeedAnswer<T>> {
  const { deadlineMs = 2_500, storeEveryMs = 30_000, now = serverNow } = options;
  const fresh = fetchFresh();
  // Even when the deadline wins, a late fresh answer still refreshes the stored copy for the next caller.
  void fresh.then((items) => storeSnapshot(db, feed, items, now(), storeEveryMs)).catch(() => undefined);
  try {
    const items = await withDeadline(fresh, deadlineMs);
    return { items, asOf: newestObservation(items, now()), stale: false };
  } catch (error) {
    const snapshot = await loadSnapshot<T>(db, feed);
    if (!snapshot) {
      console.warn(`[citybrain] ${feed}: upstream failed and nothing is stored`, errorMessage(error));
      throw new AppError("unavailable", "errors.cityDataUnavailable");
    }
    return { items: snapshot.items, asOf: snapshot.observedAt.toISOString(), stale: true };
  }
}

async function storeSnapshot<T extends object>(
  db: Db,
  feed: string,
  items: T[],
  fetchedAt: Date,
  storeEveryMs: number,
): Promise<void> {
  const current = await db
    .select({ fetchedAt: feedSnapshots.fetchedAt })
    .from(feedSnapshots)
    .where(eq(feedSnapshots.feed, feed))
    .limit(1);
  if (current[0] && fetchedAt.getTime() - current[0].fetchedAt.getTime() < storeEveryMs) return;
  const observedAt = new Date(newestObservation(items, fetchedAt));
  await db
    .insert(feedSnapshots)
    .values({ feed, payload: items, observedAt, fetchedAt })
    .onConflictDoUpdate({ target: feedSnapshots.feed, set: { payload: items, observedAt, fetchedAt } });
}

async function loadSnapshot<T>(db: Db, feed: string): Promise<{ items: T[]; observedAt: Date } | null> {
  const rows = await db.select().from(feedSnapshots).where(eq(feedSnapshots.feed, feed)).limit(1);
  const row = rows[0];
  return row ? { items: row.payload as T[], observedAt: row.observedAt } : null;
}

/** The newest observation by time: feeds may write other offsets than Z, so ISO strings do not sort by time. */
export function newestObservation(items: object[], fallback: Date): string {
  let newest = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const observedAt = (item as { observedAt?: unknown }).observedAt;
    const ms = typeof observedAt === "string" ? Date.parse(observedAt) : Number.NaN;
    if (ms > newest) newest = ms;
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString() : fallback.toISOString();
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
