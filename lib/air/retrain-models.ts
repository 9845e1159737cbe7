import "server-only";
import type { Db } from "@/lib/db/types";
import { HOUR_MS } from "./forecast/station-history";
import type { AirTrainer } from "./forecast/trainer";
import { loadAirModels, saveAirModel } from "./forecast-models";
import { latestAirHour, readAirHistories } from "./history-read";

/** Eight weeks: four for the features to look back on (climatology), four more to learn the weights from. */
export const TRAIN_DAYS = 56;
/** A model is retrained once a day of new hours has come in: the season moves slowly, a fit costs seconds. */
export const RETRAIN_AFTER_MS = 24 * HOUR_MS;

export interface RetrainReport {
  trained: string[];
  skipped: number;
}

/**
 * Retrains every station whose model is missing, a day behind the newest stored hour, or newer than it (the
 * clock was set back: a model that saw the future may not forecast the past). Stops between stations when
 * `signal` aborts.
 */
export async function retrainDueModels(
  db: Db,
  trainer: AirTrainer,
  now: Date,
  signal?: AbortSignal,
): Promise<RetrainReport> {
  const latest = await latestAirHour(db, now);
  if (latest === null) return { trained: [], skipped: 0 };
  const models = await loadAirModels(db);
  const histories = await readAirHistories(db, latest - TRAIN_DAYS * 24 * HOUR_MS, latest);
  const trained: string[] = [];
  let skipped = 0;
  for (const [stationId, history] of histories) {
    signal?.throwIfAborted();
    const stored = models.get(stationId);
    const through = stored?.trainedThrough.getTime();
    const due =
      !stored || !trainer.canUse(stored.model) || through! > latest || latest - through! >= RETRAIN_AFTER_MS;
    if (!due) {
      skipped += 1;
      continue;
    }
    const model = trainer.fit(history);
    const skill = trainer.skill(history, latest);
    await saveAirModel(db, {
      stationId,
      trainedAt: now,
      trainedThrough: new Date(latest),
      model,
      skill,
    });
    trained.push(stationId);
    // Fitting is CPU work: let requests in between stations.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { trained, skipped };
}
