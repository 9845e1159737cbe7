import "server-only";
import { randomUUID } from "node:crypto";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { LeaseLostError, runUnderLease } from "@/lib/jobs/run-under-lease";
import type { CityBrainSource } from "../types";
import { catchUpHistory } from "./catch-up";

const JOB = "citybrain-history";

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
 */
export function startHistoryJob(options: HistoryJobOptions): () => void {
  const { intervalMs = 60_000, now = serverNow } = options;
  const holder = `${process.pid}-${randomUUID()}`;
  let running = false;
  let first = true;

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await options.getDb();
      const started = performance.now();
      // A first backfill can outlast the lease: it is renewed while the catch-up runs, which stops if it is lost.
      const run = await runUnderLease(db, JOB, holder, { ttlMs: intervalMs * 3 }, (signal) =>
        catchUpHistory(db, options.getSource(), { now: now(), backfillDays: options.backfillDays, signal }),
      );
      if (!run.ran) return;
      const reports = run.value;
      const inserted = reports.reduce((sum, r) => sum + r.inserted, 0);
      if (first || inserted > 1_000) {
        const detail = reports.map((r) => `${r.feed} ${r.inserted} rows in ${r.ms} ms`).join(", ");
        console.info(`[history] caught up in ${Math.round(performance.now() - started)} ms: ${detail}`);
      }
      first = false;
    } catch (error) {
      if (error instanceof LeaseLostError) console.warn(`[history] ${error.message}; stopped`);
      else
        console.warn("[history] catch-up failed; will retry", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };

  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
