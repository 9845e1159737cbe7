import "server-only";
import { randomUUID } from "node:crypto";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { acquireLease } from "@/lib/jobs/lease";
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
      if (!(await acquireLease(db, JOB, holder, intervalMs * 3, now()))) return;
      const started = performance.now();
      const reports = await catchUpHistory(db, options.getSource(), {
        now: now(),
        backfillDays: options.backfillDays,
      });
      const inserted = reports.reduce((sum, r) => sum + r.inserted, 0);
      if (first || inserted > 1_000) {
        const detail = reports.map((r) => `${r.feed} ${r.inserted} rows in ${r.ms} ms`).join(", ");
        console.info(`[history] caught up in ${Math.round(performance.now() - started)} ms: ${detail}`);
      }
      first = false;
    } catch (error) {
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
