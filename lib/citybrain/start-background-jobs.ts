import { startAirAlertJob } from "@/lib/air/alerts/alert-job";
import { alertForecast } from "@/lib/air/alerts/forecast-source";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startHistoryJob } from "./history/history-job";
import { cityBrain } from "./source";

/** Starts the server's scheduled work (elected once per deployment through the database). */
export function startBackgroundJobs(): void {
  const config = env();
  if (config.HISTORY_JOB === "off") return;
  startHistoryJob({ getDb, getSource: cityBrain, backfillDays: config.HISTORY_BACKFILL_DAYS });
  // Alerts read forecasts made from the recorded history: off with it.
  startAirAlertJob({ getDb, forecast: alertForecast });
}
