import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startAirAlertJob } from "./alerts/alert-job";
import { alertForecast } from "./alerts/forecast-source";
import { ridgeAirTrainer } from "./forecast/model-trainer";
import { startAirTrainingJob } from "./training-job";

const globalJobs = globalThis as unknown as { __airJobs?: boolean };

/** Forecast training and saved places' alerts; both read the recorded history, so they are off with it. */
export function startAirJobs(): void {
  if (env().HISTORY_JOB === "off" || globalJobs.__airJobs) return;
  globalJobs.__airJobs = true;
  startAirTrainingJob({ getDb, trainer: ridgeAirTrainer });
  startAirAlertJob({ getDb, forecast: alertForecast });
}
