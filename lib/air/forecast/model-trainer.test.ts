import { describe, expect, it } from "vitest";
import { syntheticHistory } from "@/lib/testing/air-history-fixtures";
import { isFittedStationModel, ridgeAirTrainer } from "./model-trainer";
import { HOUR_MS } from "./station-history";

describe("ridgeAirTrainer", () => {
  it("fits, survives storage, forecasts and scores through the app's trainer interface", () => {
    const history = syntheticHistory("trainer", 45);
    const latest = history.startMs + (history.hours - 1) * HOUR_MS;
    const stored = JSON.parse(JSON.stringify(ridgeAirTrainer.fit(history)));
    expect(ridgeAirTrainer.canUse(stored)).toBe(true);
    expect(ridgeAirTrainer.forecast(stored, history, latest).hours).toHaveLength(72);
    expect(ridgeAirTrainer.skill(history, latest)?.pairs).toBe(30 * 24);
  });

  it("refuses what it did not write", () => {
    for (const value of [
      null,
      3,
      {},
      { version: 2 },
      { version: 2, edition: "HJ633-2026", mostLikelyLevel: true },
    ]) {
      expect(isFittedStationModel(value)).toBe(false);
    }
    expect(
      isFittedStationModel({
        version: 2,
        edition: "HJ633-2026",
        mostLikelyLevel: true,
        pollutants: { pm25: {} },
      }),
    ).toBe(false);
  });

  it("refuses a version-1 model (one spread per lead), so the app refits it", () => {
    const history = syntheticHistory("trainer-v1", 30);
    const fitted = JSON.parse(JSON.stringify(ridgeAirTrainer.fit(history)));
    expect(isFittedStationModel(fitted)).toBe(true);
    const pm25 = fitted.pollutants.pm25;
    const v1 = {
      ...fitted,
      version: 1,
      pollutants: { pm25: { ...pm25, residuals: pm25.residuals.map((r: number[][]) => r[0]) } },
    };
    expect(isFittedStationModel(v1)).toBe(false);
    expect(isFittedStationModel({ ...v1, version: 2 })).toBe(false);
  });
});
