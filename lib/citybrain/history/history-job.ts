import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { startLeasedJob } from "@/lib/jobs/start-leased-job";
import type { CityBrainSource } from "../types";
import { catchUpHistory } from "./catch-up";

export interface HistoryJobOptions {
  getDb: () => Promise<Db>;
  getSource: () => CityBrainSource;
  backfillDays: number;
  intervalMs?: number;
  now?: () => Date;
}

/**
 * Records the city's feeds as history, once per deployment: every app server ticks, but only the one
 * holding the database lease does the work; if it dies, another takes over when the lease runs out.
 * A first backfill can outlast the lease: it is renewed while the catch-up runs, which stops if it is lost.
 */
export function startHistoryJob(options: HistoryJobOptions): () => void {
  const { intervalMs = 60_000, now = serverNow } = options;
  let first = true;
  return startLeasedJob({
    job: "citybrain-history",
    getDb: options.getDb,
    intervalMs,
    work: async (db, signal) => {
      const started = performance.now();
      const reports = await catchUpHistory(db, options.getSource(), {
        now: now(),
        backfillDays: options.backfillDays,
        signal,
      });
      return { reports, ms: Math.round(performance.now() - started) };
    },
    onRun: ({ reports, ms }) => {
      const inserted = reports.reduce((sum, r) => sum + r.inserted, 0);
      if (first || inserted > 1_000) {
        const detail = reports.map((r) => `${r.feed} ${r.inserted} rows in ${r.ms} ms`).join(", ");
        console.info(`[history] caught up in ${ms} ms: ${detail}`);
      }
      first = false;
    },
  });
}
