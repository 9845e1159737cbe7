import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordObservations } from "@/lib/citybrain/history/record";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import type { OpenDb } from "@/lib/db/open";
import { createTestDb } from "@/lib/testing/test-db";
import { climatologyForecast } from "./forecast/climatology";
import { FORECAST_POLLUTANTS, HOUR_MS, type StationHistory } from "./forecast/station-history";
import type { AirTrainer } from "./forecast/trainer";
import { loadAirModels } from "./forecast-models";
import { retrainDueModels } from "./retrain-models";

const NOW = new Date("2026-07-15T06:20:00Z");
const city = createSandboxCity({ seed: "air-retrain-test", now: () => NOW });
let opened: OpenDb;

/** Remembers how many hours it was fitted on; forecasts by climatology. */
const trainer: AirTrainer<{ version: 1; hours: number }> = {
  fit: (history: StationHistory) => ({ version: 1, hours: history.hours }),
  forecast: (_model, history, issuedMs) => ({
    issuedMs,
    methods: Object.fromEntries(FORECAST_POLLUTANTS.map((p) => [p, "model"])) as never,
    hours: (climatologyForecast(history.pollutants.pm25, history, issuedMs) ?? []).map((v, k) => ({
      atMs: issuedMs + (k + 1) * HOUR_MS,
      values: Object.fromEntries(FORECAST_POLLUTANTS.map((p) => [p, v])) as never,
    })),
  }),
  skill: () => ({ horizonHours: 24, days: 30, pairs: 720, hit: 0.8, persistenceHit: 0.7 }),
  canUse: (model): model is { version: 1; hours: number } => (model as { version?: number })?.version === 1,
};

async function record(from: Date, to: Date) {
  await recordObservations(opened.db, "air", await city.history("air", { from, to }));
}

beforeAll(async () => {
  opened = await createTestDb();
  await record(new Date(NOW.getTime() - 10 * 24 * HOUR_MS), NOW);
}, 60_000);
afterAll(() => opened.close());

describe("retrainDueModels", () => {
  it("trains every station without a model, then none until a day of new hours has come in", async () => {
    const first = await retrainDueModels(opened.db, trainer, NOW);
    expect(first.trained).toHaveLength(14);
    const models = await loadAirModels(opened.db);
    const one = models.get(first.trained[0]!)!;
    expect(one.trainedThrough.toISOString()).toBe("2026-07-15T06:00:00.000Z");
    expect(one.skill).toMatchObject({ hit: 0.8, persistenceHit: 0.7 });
    expect(one.model).toEqual({ version: 1, hours: 56 * 24 });

    const soon = new Date(NOW.getTime() + 23 * HOUR_MS);
    await record(NOW, soon);
    expect(await retrainDueModels(opened.db, trainer, soon)).toEqual({ trained: [], skipped: 14 });

    const dayLater = new Date(NOW.getTime() + 24 * HOUR_MS);
    await record(soon, dayLater);
    expect((await retrainDueModels(opened.db, trainer, dayLater)).trained).toHaveLength(14);
  });

  it("retrains when the clock was set back before the hours a model saw", async () => {
    const earlier = new Date(NOW.getTime() - 2 * HOUR_MS);
    const report = await retrainDueModels(opened.db, trainer, earlier);
    expect(report.trained).toHaveLength(14);
    const models = await loadAirModels(opened.db);
    expect([...models.values()].every((m) => m.trainedThrough.getTime() <= earlier.getTime())).toBe(true);
  });

  it("retrains a model the trainer can no longer read, and stops when told to", async () => {
    const newer = { ...trainer, canUse: (model: unknown): model is never => false };
    const controller = new AbortController();
    controller.abort(new Error("lease lost"));
    await expect(retrainDueModels(opened.db, newer, NOW, controller.signal)).rejects.toThrow("lease lost");
    expect((await retrainDueModels(opened.db, newer, NOW)).trained).toHaveLength(14);
  });
});
