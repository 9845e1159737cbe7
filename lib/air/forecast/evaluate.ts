import { hj633Band } from "../aqi-band";
import { indicatorIaqi } from "../iaqi";
import { climatologyAt } from "./baselines";
import { type FitOptions, type FittedStationModel, fitStationModel, modelForecast } from "./model";
import { historyBefore, indexOf } from "./series";
import type { StationHistory } from "./station-history";

/** The lead times the evaluation reports (hours). */
export const EVALUATION_HORIZONS = [1, 6, 24, 48, 72] as const;
const PREDICTORS = ["model", "persistence", "climatology"] as const;
type Predictor = (typeof PREDICTORS)[number];

export interface Scores {
  rmse: number;
  mae: number;
  /** Share of pairs whose forecast PM2.5 IAQI category (HJ 633-2012) is the observed one. */
  hit: number;
}

export interface Evaluation {
  horizons: Record<string, Record<Predictor, Scores>>;
}

/**
 * HJ 633-2012 level (1–6) of a PM2.5 hourly concentration: the 1-h value read against the 24-h breakpoints
 * (the PM25_1h indicator of lib/air, as the national platform's real-time report has done since 2014).
 */
export function pm25Level2012(value: number): number {
  const found = indicatorIaqi("HJ633-2012", "PM25_1h", { PM25_1h: value });
  if (!found) throw new Error("PM2.5 IAQI needs a concentration.");
  return hj633Band("HJ633-2012", found.iaqi).level;
}

interface Tally {
  pairs: number;
  squared: number;
  absolute: number;
  hits: number;
}

function scores(t: Tally): Scores {
  return {
    rmse: Math.sqrt(t.squared / t.pairs),
    mae: t.absolute / t.pairs,
    hit: t.hits / t.pairs,
  };
}

export interface EvaluationRun {
  evaluation: Evaluation;
  model: FittedStationModel;
  pairs: Record<string, number>;
  fitMs: number;
  scoreMs: number;
}

/**
 * Fits the app's model on the hours before `testFromMs` (PM2.5 only), then scores it and the two baselines
 * on the same pairs: an origin hour at or after `testFromMs` with a reading, and its target hour with one.
 */
export function evaluatePm25(
  history: StationHistory,
  testFromMs: number,
  options: FitOptions = {},
): EvaluationRun {
  const started = performance.now();
  const model = fitStationModel(historyBefore(history, testFromMs), { ...options, pollutants: ["pm25"] });
  const fitMs = performance.now() - started;
  const raw = history.pollutants.pm25;
  const tallies = EVALUATION_HORIZONS.map(() =>
    Object.fromEntries(PREDICTORS.map((p) => [p, { pairs: 0, squared: 0, absolute: 0, hits: 0 }])),
  ) as Record<Predictor, Tally>[];
  const levels = new Map<number, number>();
  const levelOf = (v: number) => {
    let level = levels.get(v);
    if (level === undefined) {
      level = pm25Level2012(v);
      if (levels.size < 100_000) levels.set(v, level);
    }
    return level;
  };

  for (let i = Math.max(0, indexOf(history, testFromMs)); i < history.hours; i++) {
    const now = raw[i] as number;
    if (Number.isNaN(now)) continue;
    const forecast = modelForecast(model, "pm25", history, i);
    const climatologies = climatologyAt(raw, history, i, EVALUATION_HORIZONS);
    EVALUATION_HORIZONS.forEach((h, k) => {
      const actual = raw[i + h];
      if (actual === undefined || Number.isNaN(actual)) return;
      const climatology = climatologies[k] as number;
      const modelled = forecast ? (forecast[h - 1] as number) : Number.NaN;
      if (Number.isNaN(climatology) || Number.isNaN(modelled)) return;
      const forecasts: Record<Predictor, number> = { model: modelled, persistence: now, climatology };
      const observed = levelOf(actual);
      for (const p of PREDICTORS) {
        const t = (tallies[k] as Record<Predictor, Tally>)[p];
        const error = forecasts[p] - actual;
        t.pairs++;
        t.squared += error * error;
        t.absolute += Math.abs(error);
        if (levelOf(forecasts[p]) === observed) t.hits++;
      }
    });
  }
  const horizons: Evaluation["horizons"] = {};
  const pairs: Record<string, number> = {};
  EVALUATION_HORIZONS.forEach((h, k) => {
    const t = tallies[k] as Record<Predictor, Tally>;
    pairs[h] = t.model.pairs;
    horizons[h] = Object.fromEntries(PREDICTORS.map((p) => [p, scores(t[p])])) as Record<Predictor, Scores>;
  });
  return { evaluation: { horizons }, model, pairs, fitMs, scoreMs: performance.now() - started - fitMs };
}
