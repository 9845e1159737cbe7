import { computeAqi } from "../aqi";
import { editionInForce } from "../edition-in-force";
import { type Concentrations, POLLUTANT_KEYS, type PollutantKey } from "../report-indicators";
import { persistenceAt } from "./baselines";
import { HOURLY_KEY } from "./category";
import { forecastPollutant } from "./forecast";
import { type FitOptions, fitStationModel } from "./model";
import { historyBefore, indexOf, pollutantSeries } from "./series";
import {
  FORECAST_POLLUTANTS,
  type ForecastPollutant,
  type ForecastSkill,
  HOUR_MS,
  type StationHistory,
} from "./station-history";

export interface SkillOptions {
  /** The end of the window scored (exclusive, UTC ms). */
  endMs: number;
  days?: number;
  horizonHours?: number;
  fit?: FitOptions;
}

/** The hourly AQI level of some concentrations, under the edition in force at that hour; null if none. */
function levelAt(concentrations: Concentrations, atMs: number): number | null {
  const given = new Set(Object.keys(concentrations));
  const report = computeAqi(concentrations, {
    kind: "hourly",
    standard: editionInForce(new Date(atMs)),
    // Only the pollutants all three sides have are compared; the rest must not withhold the AQI.
    notMonitored: POLLUTANT_KEYS.filter((key) => !given.has(key)),
  });
  return report.band?.level ?? null;
}

/**
 * Honest out-of-sample skill: a model fitted only on the hours before the window forecasts each hour of the last
 * `days` days from `horizonHours` earlier (reading history up to that origin only); its hourly AQI level is
 * compared with the observed one, and so is persistence's (the readings at the origin). Each hour compares the
 * pollutants observed then, forecast, and read at the origin.
 */
export function measureSkill(history: StationHistory, options: SkillOptions): ForecastSkill {
  const days = options.days ?? 30;
  const horizonHours = options.horizonHours ?? 24;
  const endIndex = Math.min(history.hours, indexOf(history, options.endMs - 1) + 1);
  const startIndex = Math.max(0, endIndex - days * 24);
  const model = fitStationModel(historyBefore(history, history.startMs + startIndex * HOUR_MS), options.fit);
  const series = Object.fromEntries(
    FORECAST_POLLUTANTS.map((p) => [p, pollutantSeries(history, p)]),
  ) as Record<ForecastPollutant, Float64Array>;
  let pairs = 0;
  let hits = 0;
  let persistenceHits = 0;
  for (let target = startIndex; target < endIndex; target++) {
    const origin = target - horizonHours;
    if (origin < 0) continue;
    const observed: Concentrations = {};
    const forecast: Concentrations = {};
    const persisted: Concentrations = {};
    for (const p of FORECAST_POLLUTANTS) {
      const actual = series[p][target] as number;
      const now = persistenceAt(series[p], origin);
      if (Number.isNaN(actual) || Number.isNaN(now)) continue;
      const predicted = forecastPollutant(model, history, p, origin).values[horizonHours - 1];
      if (predicted === null || predicted === undefined) continue;
      const key: PollutantKey = HOURLY_KEY[p];
      observed[key] = actual;
      forecast[key] = predicted;
      persisted[key] = now;
    }
    const atMs = history.startMs + target * HOUR_MS;
    const truth = levelAt(observed, atMs);
    if (truth === null) continue;
    pairs++;
    if (levelAt(forecast, atMs) === truth) hits++;
    if (levelAt(persisted, atMs) === truth) persistenceHits++;
  }
  return {
    horizonHours,
    days,
    pairs,
    hit: pairs > 0 ? hits / pairs : 0,
    persistenceHit: pairs > 0 ? persistenceHits / pairs : 0,
  };
}
