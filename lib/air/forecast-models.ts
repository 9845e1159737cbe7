import "server-only";
import { airForecastModels } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { ForecastSkill } from "./forecast/station-history";

export interface StoredAirModel {
  stationId: string;
  trainedAt: Date;
  trainedThrough: Date;
  model: unknown;
  skill: ForecastSkill | null;
}

/** Every station's last trained model, by station id (the feed's URN). */
export async function loadAirModels(db: Db): Promise<Map<string, StoredAirModel>> {
  const rows = await db.select().from(airForecastModels);
  return new Map(rows.map((r) => [r.stationId, { ...r, skill: (r.skill as ForecastSkill | null) ?? null }]));
}

/** Stores a station's newly trained model in place of the last one. */
export async function saveAirModel(db: Db, model: StoredAirModel): Promise<void> {
  const { stationId, ...rest } = model;
  await db
    .insert(airForecastModels)
    .values({ stationId, ...rest })
    .onConflictDoUpdate({ target: airForecastModels.stationId, set: rest });
}
