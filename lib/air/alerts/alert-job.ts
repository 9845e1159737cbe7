import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { startLeasedJob } from "@/lib/jobs/start-leased-job";
import { type PlaceForecast, sweepAirAlerts } from "./alert-sweep";

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
  return startLeasedJob({
    job: "air-alerts",
    getDb: options.getDb,
    intervalMs,
    work: (db, signal) => sweepAirAlerts(db, options.forecast, now(), { signal }),
    onRun: ({ places, opened, ended, sent, deferred, failed }) => {
      if (sent === 0 && failed === 0) return;
      console.info(
        `[air-alerts] ${places} places: ${opened} opened, ${ended} ended, ${sent} sent, ${deferred} deferred, ${failed} failed`,
      );
    },
  });
}
