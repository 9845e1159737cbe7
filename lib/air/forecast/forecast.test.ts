import { describe, expect, it } from "vitest";
import { syntheticHistory } from "@/lib/testing/air-history-fixtures";
import { forecastStation } from "./forecast";
import { fitStationModel } from "./model";
import { historyBefore } from "./series";
import { FORECAST_HOURS, FORECAST_POLLUTANTS, HOUR_MS, type StationHistory } from "./station-history";

const history = syntheticHistory("forecast", 56);
const model = fitStationModel(history);
const issuedMs = history.startMs + (history.hours - 200) * HOUR_MS;

/** A copy of the history with every value after `afterIndex` replaced by noise (or NaN). */
function scrambledAfter(h: StationHistory, afterIndex: number): StationHistory {
  const scramble = (a: Float64Array) =>
    a.map((v, i) => (i <= afterIndex ? v : i % 7 === 0 ? Number.NaN : ((i * 7919) % 997) / 3));
  return {
    ...h,
    pollutants: Object.fromEntries(
      Object.entries(h.pollutants).map(([p, a]) => [p, scramble(a)]),
    ) as StationHistory["pollutants"],
    weather: Object.fromEntries(Object.entries(h.weather).map(([f, a]) => [f, a && scramble(a)])),
  };
}

describe("fitStationModel", () => {
  it("keeps a held-out spread per lead and per level of the forecast (0: all pairs), 20 points each", () => {
    const pm25 = model.pollutants.pm25;
    expect(pm25?.residuals).toHaveLength(pm25?.leads.length ?? -1);
    for (const byLevel of pm25?.residuals ?? []) {
      expect(byLevel).toHaveLength(7);
      for (const points of byLevel) expect(points).toHaveLength(20);
    }
  });
});

describe("forecastStation", () => {
  it("gives 72 hourly, non-negative values per pollutant, for the hours after the issue hour", () => {
    const forecast = forecastStation(model, history, issuedMs);
    expect(forecast.issuedMs).toBe(issuedMs);
    expect(forecast.hours).toHaveLength(FORECAST_HOURS);
    forecast.hours.forEach((hour, k) => {
      expect(hour.atMs).toBe(issuedMs + (k + 1) * HOUR_MS);
      for (const p of FORECAST_POLLUTANTS) {
        expect(hour.values[p]).toEqual(expect.any(Number));
        expect(hour.values[p]).toBeGreaterThanOrEqual(0);
      }
    });
    expect(Object.values(forecast.methods)).toEqual(FORECAST_POLLUTANTS.map(() => "model"));
  });

  it("reads nothing after the issue hour: scrambling every later value changes no forecast", () => {
    const origin = (issuedMs - history.startMs) / HOUR_MS;
    const clean = forecastStation(model, history, issuedMs);
    const scrambled = forecastStation(model, scrambledAfter(history, origin), issuedMs);
    expect(scrambled).toEqual(clean);
  });

  it("is fitted only from the hours before the cut: what comes after does not change the fit", () => {
    const cutMs = history.startMs + 40 * 24 * HOUR_MS;
    const clean = fitStationModel(historyBefore(history, cutMs));
    const scrambled = fitStationModel(historyBefore(scrambledAfter(history, 40 * 24 - 1), cutMs));
    expect(JSON.stringify(scrambled)).toEqual(JSON.stringify(clean));
  });

  it("survives JSON: a stored model forecasts the same", () => {
    const stored = JSON.parse(JSON.stringify(model));
    expect(forecastStation(stored, history, issuedMs)).toEqual(forecastStation(model, history, issuedMs));
  });

  it("falls back to climatology with too little history, and says none without any", () => {
    const short: StationHistory = {
      ...history,
      pollutants: {
        ...history.pollutants,
        so2: history.pollutants.so2.map((v, i) => (i >= history.hours - 5 * 24 ? v : Number.NaN)),
        co: new Float64Array(history.hours).fill(Number.NaN),
      },
    };
    const fitted = fitStationModel(short);
    expect(fitted.pollutants.so2).toBeUndefined();
    expect(fitted.pollutants.co).toBeUndefined();
    const forecast = forecastStation(fitted, short, history.startMs + (history.hours - 1) * HOUR_MS);
    expect(forecast.methods).toMatchObject({ pm25: "model", so2: "climatology", co: "none" });
    expect(forecast.hours.every((h) => typeof h.values.so2 === "number" && h.values.so2 >= 0)).toBe(true);
    expect(forecast.hours.every((h) => h.values.co === null)).toBe(true);
  });

  it("uses climatology when the latest reading is too old for the model", () => {
    const stale: StationHistory = {
      ...history,
      pollutants: {
        ...history.pollutants,
        pm25: history.pollutants.pm25.map((v, i) => (i > history.hours - 6 ? Number.NaN : v)),
      },
    };
    const forecast = forecastStation(model, stale, history.startMs + (history.hours - 1) * HOUR_MS);
    expect(forecast.methods.pm25).toBe("climatology");
    expect(forecast.methods.pm10).toBe("model");
  });

  it("keeps forecasts non-negative when readings sit at zero", () => {
    const zero: StationHistory = {
      ...history,
      pollutants: { ...history.pollutants, so2: history.pollutants.so2.map((v) => (v < 8 ? 0 : v)) },
    };
    const forecast = forecastStation(fitStationModel(zero), zero, issuedMs);
    expect(forecast.hours.every((h) => (h.values.so2 ?? 0) >= 0)).toBe(true);
  });
});
