import "server-only";
import { randomUUID } from "node:crypto";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { LeaseLostError, runUnderLease } from "@/lib/jobs/run-under-lease";
import { HOUR_MS } from "./periods";
import { runRetention } from "./run-retention";

const JOB = "retention";
const FIRST_RUN_AFTER_MS = 60_000;
const holder = randomUUID();
const globalJobs = globalThis as unknown as { __retentionJob?: boolean };

/**
 * Hourly, on one server at a time (elected by lease): deletes what is kept no longer (see RETENTION_RULES).
 * The lease outlives a run and is renewed while one runs, so a slow run is never started twice.
 */
export function startRetentionJob(): void {
  if (env().RETENTION_JOB === "off" || globalJobs.__retentionJob) return;
  globalJobs.__retentionJob = true;
  let running = false;
  const round = async () => {
    if (running) return;
    running = true;
    try {
      const db = await getDb();
      const run = await runUnderLease(db, JOB, holder, { ttlMs: 2 * HOUR_MS }, (signal) =>
        runRetention(db, serverNow(), signal),
      );
      if (!run.ran) return;
      const report = run.value;
      const touched = Object.entries(report).filter(([, n]) => n !== 0);
      if (touched.length > 0) {
        console.info(`[retention] ${touched.map(([rule, n]) => `${rule} ${n}`).join(", ")}`);
      }
    } catch (error) {
      if (error instanceof LeaseLostError) console.warn(`[retention] ${error.message}; stopped`);
      else console.error("[retention] round failed", error);
    } finally {
      running = false;
    }
  };
  setTimeout(() => void round(), FIRST_RUN_AFTER_MS).unref();
  setInterval(() => void round(), HOUR_MS).unref();
}
