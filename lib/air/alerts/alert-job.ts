import "server-only";
import { randomUUID } from "node:crypto";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { LeaseLostError, runUnderLease } from "@/lib/jobs/run-under-lease";
import { type PlaceForecast, sweepAirAlerts } from "./alert-sweep";

const JOB = "air-alerts";

export interface AirAlertJobOptions {
  getDb: () => Promise<Db>;
  forecast: PlaceForecast;
  /** Forecasts change hourly; ten minutes puts an alert at most ten minutes after it is due. */
  intervalMs?: number;
  now?: () => Date;
}

/**
 * Sweeps the saved places' air alerts on one server of the deployment at a time (the database lease). The sweep
 * is idempotent, so a tick repeated by a server that lost the lease, or a sandbox run, never alerts twice.
 */
export function startAirAlertJob(options: AirAlertJobOptions): () => void {
  const { intervalMs = 10 * 60_000, now = serverNow } = options;
  const holder = `${process.pid}-${randomUUID()}`;
  let running = false;

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const db = await options.getDb();
      const run = await runUnderLease(db, JOB, holder, { ttlMs: intervalMs * 3 }, (signal) =>
        sweepAirAlerts(db, options.forecast, now(), { signal }),
      );
      if (run.ran && (run.value.sent > 0 || run.value.failed > 0)) {
        const { places, opened, ended, sent, deferred, failed } = run.value;
        console.info(
          `[air-alerts] ${places} places: ${opened} opened, ${ended} ended, ${sent} sent, ${deferred} deferred, ${failed} failed`,
        );
      }
    } catch (error) {
      if (error instanceof LeaseLostError) console.warn(`[air-alerts] ${error.message}; stopped`);
      else
        console.warn("[air-alerts] sweep failed; will retry", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };

  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
