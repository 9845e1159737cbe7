import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/types";
import { LeaseLostError, runUnderLease } from "./run-under-lease";

export interface LeasedJobOptions<T> {
  /** The lease's name: one server in the deployment runs the job at a time. */
  job: string;
  getDb: () => Promise<Db>;
  intervalMs: number;
  work: (db: Db, signal: AbortSignal) => Promise<T>;
  /** Called with what a run returned (to log it). */
  onRun?: (value: T) => void;
}

/**
 * Runs `work` now and every `intervalMs` on the one server that holds the job's lease (another takes over when
 * it dies); a tick while the last run is still going is skipped. Returns a stop function.
 */
export function startLeasedJob<T>(options: LeasedJobOptions<T>): () => void {
  const { job, intervalMs } = options;
  const holder = `${process.pid}-${randomUUID()}`;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await options.getDb();
      const run = await runUnderLease(db, job, holder, { ttlMs: intervalMs * 3 }, (signal) =>
        options.work(db, signal),
      );
      if (run.ran) options.onRun?.(run.value);
    } catch (error) {
      if (error instanceof LeaseLostError) console.warn(`[${job}] ${error.message}; stopped`);
      else console.warn(`[${job}] failed; will retry`, error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
