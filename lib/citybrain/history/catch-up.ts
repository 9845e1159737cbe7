import "server-only";
import type { Db } from "@/lib/db/types";
import type { CityBrainSource, ObservationFeed } from "../types";
import { latestObservation, recordObservations } from "./record";

export const OBSERVATION_FEEDS: ObservationFeed[] = ["parking", "air", "crowd"];
const DAY_MS = 24 * 60 * 60 * 1000;
// Upstream history is asked for a day at a time: bounded answers, and progress is kept if one fails.
const CHUNK_MS = DAY_MS;

export interface CatchUpReport {
  feed: ObservationFeed;
  inserted: number;
  from: string;
  to: string;
  ms: number;
}

/**
 * Brings the stored history of every feed up to `now`: from the newest stored reading, or — on a fresh
 * database — from `backfillDays` ago. Idempotent: readings already stored are skipped. Stops between day-long chunks
 * once `signal` aborts (the job's lease was lost).
 */
export async function catchUpHistory(
  db: Db,
  source: CityBrainSource,
  options: { now: Date; backfillDays: number; feeds?: ObservationFeed[]; signal?: AbortSignal },
): Promise<CatchUpReport[]> {
  const reports: CatchUpReport[] = [];
  const earliest = new Date(options.now.getTime() - options.backfillDays * DAY_MS);
  for (const feed of options.feeds ?? OBSERVATION_FEEDS) {
    const started = performance.now();
    const latest = await latestObservation(db, feed);
    const from = latest && latest > earliest ? new Date(latest.getTime() + 1) : earliest;
    let inserted = 0;
    for (let chunkStart = from; chunkStart < options.now; ) {
      // Stored chunks stay stored; whoever runs the job next starts after the newest of them.
      options.signal?.throwIfAborted();
      const chunkEnd = new Date(Math.min(chunkStart.getTime() + CHUNK_MS, options.now.getTime()));
      const items = await source.history(feed, { from: chunkStart, to: chunkEnd });
      inserted += await recordObservations(db, feed, items);
      // history answers [from, to): the next chunk starts exactly where this one ended.
      chunkStart = chunkEnd;
    }
    reports.push({
      feed,
      inserted,
      from: from.toISOString(),
      to: options.now.toISOString(),
      ms: Math.round(performance.now() - started),
    });
  }
  return reports;
}
