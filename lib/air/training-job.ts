import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { startLeasedJob } from "@/lib/jobs/start-leased-job";
import type { AirTrainer } from "./forecast/trainer";
import { retrainDueModels } from "./retrain-models";

export interface AirTrainingJobOptions {
  getDb: () => Promise<Db>;
  trainer: AirTrainer;
  /** Models are due once a day; looking every minute (cheap when none is due) trains soon after the first history is in. */
  intervalMs?: number;
  now?: () => Date;
}

/** Retrains the stations' forecast models when due, on one server of the deployment at a time. */
export function startAirTrainingJob(options: AirTrainingJobOptions): () => void {
  const { intervalMs = 60_000, now = serverNow } = options;
  return startLeasedJob({
    job: "air-forecast-training",
    getDb: options.getDb,
    intervalMs,
    work: async (db, signal) => {
      const started = performance.now();
      const report = await retrainDueModels(db, options.trainer, now(), signal);
      return { ...report, ms: Math.round(performance.now() - started) };
    },
    onRun: ({ trained, ms }) => {
      if (trained.length > 0) console.info(`[air-forecast-training] ${trained.length} stations in ${ms} ms`);
    },
  });
}
