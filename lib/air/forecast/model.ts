import type { Edition } from "../aqi-standard";
import { editionInForce } from "../edition-in-force";
import {
  applyRule,
  fastLevel,
  type LevelRule,
  levelOptions,
  levelShares,
  levelSteps,
  residualPoints,
} from "./category";
import { FITTED_LEADS, fitMember, interpolateLeads, type MemberModel, memberForecast } from "./member";
import { chooseRule, type HeldPair } from "./rule-choice";
import { fromLog, latest, pollutantSeries, toLog } from "./series";
import { FORECAST_POLLUTANTS, type ForecastPollutant, HOUR_MS, type StationHistory } from "./station-history";

/**
 * A pollutant's model: two members, one on a log scale and one nearly on the concentration's own, averaged
 * per lead time with the weight that did best on held-out hours; and the spread of the result on those hours,
 * from which the most likely level is read. JSON as it stands (plain numbers and arrays).
 */
export interface PollutantModel {
  members: MemberModel[];
  /** Per fitted lead (`leads`; those between interpolated), the log member's weight (the other has the rest). */
  leads: number[];
  weights: number[];
  /** The log member's offset: the scale the spread is measured on. */
  spreadOffset: number;
  /**
   * Per fitted lead, per level of the forecast (1–6; 0: all pairs): equal-mass quantiles of held-out errors
   * on that scale (a level with fewer than LEVEL_SPREAD_PAIRS held-out pairs has all pairs' quantiles).
   */
  residuals: number[][][];
  /** Per fitted lead: when a forecast is moved into its most likely level (chosen on held-out hours). */
  rules: LevelRule[];
  trainingHours: number;
}

export interface FittedStationModel {
  /** 2: spread per level of the forecast (`residuals[lead][level]`); version 1 had one per lead. */
  version: 2;
  /** The edition whose levels forecasts are moved into (the one in force at the last training hour). */
  edition: Edition;
  mostLikelyLevel: boolean;
  /** The last hour of the history it was fitted on (UTC ms). */
  fittedThroughMs: number;
  /** Pollutants without a model here are forecast by climatology (or not at all). */
  pollutants: Partial<Record<ForecastPollutant, PollutantModel>>;
}

export interface FitOptions {
  pollutants?: readonly ForecastPollutant[];
  /** Ridge penalty on standardised inputs. */
  lambda?: number;
  /** Origins with a current reading needed to fit; fewer → climatology. */
  minHours?: number;
  /** Share of the training hours held out at the end to choose blends and measure the spread. */
  holdOut?: number;
  /** Default: the edition in force at the last hour of the history. */
  edition?: Edition;
  /** Move each forecast into its most likely level (default true). */
  mostLikelyLevel?: boolean;
}

const NEVER_MOVED: LevelRule = { price: Number.POSITIVE_INFINITY, bonus: 0 };
const DEFAULTS = { lambda: 10, minHours: 14 * 24, holdOut: 0.2 };
/** Member offsets as multiples of the pollutant's mean: ≈ log scale, ≈ concentration scale. */
const MEMBER_OFFSETS = [0.02, 10];
const MEMBER_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];
function meanOf(values: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += Math.max(0, v);
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** Hours with a current reading (the latest within CARRY_HOURS): the origins a model can learn from. */
function currentHours(raw: Float64Array): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) if (!Number.isNaN(latest(raw, i))) count++;
  return count;
}

/** Held-out pairs of a level at least this many: its own spread; fewer, all pairs' spread. */
const LEVEL_SPREAD_PAIRS = 200;

/**
 * The held-out spread (log residual quantiles) per level of the forecast, index 1–6, and of all pairs at
 * index 0: how far a forecast may be off depends on where it is (a low forecast is off by more in log terms).
 */
function spreadByLevel(held: HeldPair[], steps: readonly number[], offset: number): number[][] {
  const byLevel: number[][] = Array.from({ length: steps.length + 2 }, () => []);
  for (const { forecast, actual } of held) {
    const r = toLog(actual, offset) - toLog(forecast, offset);
    byLevel[0]?.push(r);
    byLevel[fastLevel(steps, forecast)]?.push(r);
  }
  // Rounded to 1e-4 on the log scale (0.01 %): the stored model stays small (7 levels × 20 points per lead).
  const points = (rs: number[]) => residualPoints(rs).map((r) => Math.round(r * 1e4) / 1e4);
  const pooled = points(byLevel[0] as number[]);
  return byLevel.map((rs, level) => (level > 0 && rs.length >= LEVEL_SPREAD_PAIRS ? points(rs) : pooled));
}

function fitPollutant(
  history: StationHistory,
  p: ForecastPollutant,
  settings: typeof DEFAULTS,
  edition: Edition,
): PollutantModel | null {
  const raw = pollutantSeries(history, p);
  const mean = meanOf(raw);
  if (!(mean > 0)) return null;
  const hours = currentHours(raw);
  if (hours < settings.minHours) return null;
  let first = 0;
  while (Number.isNaN(latest(raw, first))) first++;
  const split = Math.floor(first + (1 - settings.holdOut) * (history.hours - first));
  const fits = MEMBER_OFFSETS.map((k) => fitMember(history, p, k * mean, { lambda: settings.lambda, split }));
  const spreadOffset = (MEMBER_OFFSETS[0] as number) * mean;
  const weights: number[] = [];
  const residuals: number[][][] = [];
  const rules: LevelRule[] = [];
  const steps = levelSteps(edition, p);
  FITTED_LEADS.forEach((lead, n) => {
    const k = lead - 1;
    const logHeld = fits[0]?.held[n] as Float64Array;
    const rawHeld = fits[1]?.held[n] as Float64Array;
    const pairs: { a: number; b: number; actual: number; current: number }[] = [];
    logHeld.forEach((a, j) => {
      const actual = raw[split + j + k + 1] as number;
      const current = latest(raw, split + j);
      if (!Number.isNaN(a) && !Number.isNaN(actual))
        pairs.push({ a, b: rawHeld[j] as number, actual, current });
    });
    let best = 0.5;
    let bestError = Number.POSITIVE_INFINITY;
    for (const w of pairs.length >= 24 ? MEMBER_WEIGHTS : []) {
      let error = 0;
      for (const { a, b, actual } of pairs) error += (w * a + (1 - w) * b - actual) ** 2;
      if (error < bestError * (1 - 1e-12)) {
        bestError = error;
        best = w;
      }
    }
    weights.push(best);
    const held = pairs.map(({ a, b, actual, current }) => ({
      forecast: best * a + (1 - best) * b,
      actual,
      current,
    }));
    const points = spreadByLevel(held, steps, spreadOffset);
    residuals.push(points);
    rules.push(held.length >= 24 ? chooseRule(held, points, steps, spreadOffset, lead, mean) : NEVER_MOVED);
  });
  return {
    members: fits.map((f) => f.model),
    leads: [...FITTED_LEADS],
    weights,
    spreadOffset,
    residuals,
    rules,
    trainingHours: hours,
  };
}

/** Fits every pollutant with enough history; the rest are left to climatology (see `forecastStation`). */
export function fitStationModel(history: StationHistory, options: FitOptions = {}): FittedStationModel {
  const settings = {
    lambda: options.lambda ?? DEFAULTS.lambda,
    minHours: options.minHours ?? DEFAULTS.minHours,
    holdOut: options.holdOut ?? DEFAULTS.holdOut,
  };
  const fittedThroughMs = history.startMs + (history.hours - 1) * HOUR_MS;
  const edition = options.edition ?? editionInForce(new Date(Math.max(0, fittedThroughMs)));
  const pollutants: FittedStationModel["pollutants"] = {};
  for (const p of options.pollutants ?? FORECAST_POLLUTANTS) {
    const fitted = fitPollutant(history, p, settings, edition);
    if (fitted) pollutants[p] = fitted;
  }
  return {
    version: 2,
    edition,
    mostLikelyLevel: options.mostLikelyLevel ?? true,
    fittedThroughMs,
    pollutants,
  };
}

/**
 * Concentrations at origin + 1 … + 72 h from a fitted pollutant model, reading the history only up to the
 * origin; null without a current reading (or without a model for the pollutant).
 */
export function modelForecast(
  fitted: FittedStationModel,
  p: ForecastPollutant,
  history: StationHistory,
  origin: number,
): Float64Array | null {
  const model = fitted.pollutants[p];
  if (!model) return null;
  const parts = model.members.map((m) => memberForecast(m, history, p, origin));
  const [a, b] = parts;
  if (!a || !b) return null;
  const steps = fitted.mostLikelyLevel ? levelSteps(fitted.edition, p) : null;
  const offset = model.spreadOffset;
  // The pollutant's training mean: the unit a linear rule prices a move in.
  const unit = offset / (MEMBER_OFFSETS[0] as number);
  const fromScale = (z: number) => fromLog(z, offset);
  const current = latest(pollutantSeries(history, p), origin);
  const mix = (x: number, y: number, t: number) => x + (y - x) * t;
  const weights = interpolateLeads(model.leads, model.weights, mix);
  const residuals = interpolateLeads(model.leads, model.residuals, (r, s, t) =>
    r.map((byLevel, level) => byLevel.map((v, q) => mix(v, s[level]?.[q] ?? v, t))),
  );
  // A rule is a choice, not a quantity: the nearer fitted lead's (the earlier one on a tie).
  const rules = interpolateLeads(model.leads, model.rules, (r, s, t) => (t <= 0.5 ? r : s));
  return a.map((value, k) => {
    const w = weights[k] as number;
    const combined = w * value + (1 - w) * (b[k] as number);
    const rule = rules[k];
    if (!steps || !rule) return combined;
    const spread = residuals[k]?.[fastLevel(steps, combined)] ?? [];
    const counts = levelShares(toLog(combined, offset), spread, steps, fromScale);
    const now = Number.isNaN(current) ? 0 : fastLevel(steps, current);
    return applyRule(levelOptions(counts, combined, steps, undefined, unit), now, rule);
  });
}
