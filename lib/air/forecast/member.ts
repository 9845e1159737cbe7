import { addRow, emptyMoments, fitRidgeFromMoments, type LinearModel } from "@/lib/prediction/ridge";
import { FEATURE_COUNT, featuresAt } from "./features";
import { fromLog, sameHourIndex, sameHourMean, scaledSeries } from "./series";
import { FORECAST_HOURS, type ForecastPollutant, type StationHistory } from "./station-history";

/** One lead time: ridge weights on the standardised inputs, and how far the result is pulled to persistence. */
export interface HorizonModel extends LinearModel {
  /** Weight of persistence (y now, on this scale), chosen on the held-out tail of the training hours. */
  persistence: number;
}

/**
 * Direct multi-horizon ridge regressions on one scale (`offset`, see `toLog`): for each lead time h, the
 * target is y(i + h) on that scale minus its trailing hour-of-day mean as known at i. JSON as it stands.
 */
export interface MemberModel {
  offset: number;
  /** Mean and scale of each input over the training hours (inputs are standardised; unknown inputs → 0). */
  center: number[];
  scale: number[];
  /** horizons[n] forecasts `leads[n]` hours ahead; leads between are interpolated (`interpolateLeads`). */
  leads: number[];
  horizons: HorizonModel[];
}

export interface MemberSettings {
  lambda: number;
  /** Hours from here on are held out of the early fit that chooses the pull towards persistence. */
  split: number;
}

const BLENDS = [0, 0.2, 0.4, 0.6, 0.8, 1];

export function standardise(row: Float64Array, center: readonly number[], scale: readonly number[]): void {
  for (let k = 0; k < row.length; k++) {
    const v = row[k] as number;
    row[k] = Number.isNaN(v) ? 0 : (v - (center[k] as number)) / (scale[k] as number);
  }
}

function predict(model: LinearModel, x: Float64Array): number {
  let y = model.intercept;
  for (let k = 0; k < model.weights.length; k++) y += (model.weights[k] as number) * (x[k] as number);
  return y;
}

function design(history: StationHistory, z: Float64Array) {
  const d = FEATURE_COUNT;
  const x = new Float64Array(history.hours * d);
  const now = new Float64Array(history.hours).fill(Number.NaN);
  const rows: number[] = [];
  for (let i = 0; i < history.hours; i++) {
    now[i] = featuresAt(history, z, i, x.subarray(i * d, (i + 1) * d));
    if (!Number.isNaN(now[i] as number)) rows.push(i);
  }
  const center: number[] = [];
  const scale: number[] = [];
  for (let k = 0; k < d; k++) {
    let sum = 0;
    let sq = 0;
    let count = 0;
    for (const i of rows) {
      const v = x[i * d + k] as number;
      if (Number.isNaN(v)) continue;
      sum += v;
      sq += v * v;
      count++;
    }
    const mean = count > 0 ? sum / count : 0;
    const sd = count > 1 ? Math.sqrt(Math.max(0, sq / count - mean * mean)) : 0;
    center.push(mean);
    scale.push(sd > 1e-9 ? sd : 1);
  }
  for (const i of rows) standardise(x.subarray(i * d, (i + 1) * d), center, scale);
  return { x, now, rows, center, scale };
}

/** The pull towards persistence with the least squared error (concentration units) on held-out pairs. */
function chooseBlend(
  model: Float64Array,
  actual: Float64Array,
  at: Int32Array,
  count: number,
  now: Float64Array,
  offset: number,
): number {
  if (count < 24) return 0;
  let best = 0;
  let bestError = Number.POSITIVE_INFINITY;
  for (const w of BLENDS) {
    let error = 0;
    for (let j = 0; j < count; j++) {
      const z = (1 - w) * (model[j] as number) + w * (now[at[j] as number] as number);
      const e = Math.max(0, offset * Math.expm1(z)) - (actual[j] as number);
      error += e * e;
    }
    if (error < bestError * (1 - 1e-12)) {
      bestError = error;
      best = w;
    }
  }
  return best;
}

/** xty += [1, x]·y for the row of x starting at `from`. */
function accumulate(xty: Float64Array, x: Float64Array, from: number, d: number, y: number): void {
  xty[0]! += y;
  for (let k = 0; k < d; k++) xty[k + 1]! += (x[from + k] as number) * y;
}

/** Removes the row of x starting at `from` from the upper triangle of xtx ([1, x] design). */
function removeRow(xtx: Float64Array, x: Float64Array, from: number, d: number): void {
  const n = d + 1;
  xtx[0]! -= 1;
  for (let c = 1; c < n; c++) xtx[c]! -= x[from + c - 1] as number;
  for (let r = 1; r < n; r++) {
    const xr = x[from + r - 1] as number;
    if (xr === 0) continue;
    const base = r * n;
    for (let c = r; c < n; c++) xtx[base + c]! -= xr * (x[from + c - 1] as number);
  }
}

function predictAt(model: LinearModel, x: Float64Array, from: number): number {
  let y = model.intercept;
  for (let k = 0; k < model.weights.length; k++) y += (model.weights[k] as number) * (x[from + k] as number);
  return y;
}

/**
 * The lead times fitted; those between are interpolated (the weights change smoothly with the lead, and this
 * keeps fitting 14 stations × 6 pollutants within the app's budget).
 */
export const FITTED_LEADS = [1, 2, 3, 4, 6, 9, 12, 18, 24, 30, 36, 48, 60, 72];

/** Values for every lead 1…72 from values at `leads` (ascending, 1 … 72), linearly between the two nearest. */
export function interpolateLeads<T>(
  leads: readonly number[],
  atFitted: readonly T[],
  lerp: (a: T, b: T, t: number) => T,
): T[] {
  const out: T[] = [];
  for (let h = 1; h <= FORECAST_HOURS; h++) {
    const upper = leads.findIndex((lead) => lead >= h);
    const b = atFitted[upper] as T;
    const hb = leads[upper] as number;
    if (hb === h || upper === 0) {
      out.push(b);
      continue;
    }
    const ha = leads[upper - 1] as number;
    out.push(lerp(atFitted[upper - 1] as T, b, (h - ha) / (hb - ha)));
  }
  return out;
}

function lerpHorizon(a: HorizonModel, b: HorizonModel, t: number): HorizonModel {
  const mix = (x: number, y: number) => x + (y - x) * t;
  return {
    intercept: mix(a.intercept, b.intercept),
    weights: a.weights.map((w, k) => mix(w, b.weights[k] as number)),
    persistence: mix(a.persistence, b.persistence),
  };
}

/**
 * Fits a member on the whole history, and returns with it the early fit's forecasts (concentration) of every
 * held-out origin i ≥ split at each fitted lead: `held[n][i − split]` for FITTED_LEADS[n], NaN where none.
 */
export function fitMember(
  history: StationHistory,
  p: ForecastPollutant,
  offset: number,
  settings: MemberSettings,
): { model: MemberModel; held: Float64Array[] } {
  const d = FEATURE_COUNT;
  const { split, lambda } = settings;
  const z = scaledSeries(history, p, offset);
  const { x, now, rows, center, scale } = design(history, z);
  const reference = new Float64Array(history.hours);
  for (let j = 0; j < history.hours; j++) reference[j] = sameHourMean(z, j);
  const targetOf = (i: number, h: number) =>
    i + h < history.hours ? (z[i + h] as number) - (reference[sameHourIndex(i, h)] as number) : Number.NaN;

  // Moments of every row, then rows leave as the lead grows: those whose target falls past the history (full)
  // or past the split (early) leave for good, so each leaves once; rows with a missing target, per lead.
  const early = emptyMoments(d);
  const full = emptyMoments(d);
  for (const i of rows) {
    if (i < split) addRow(early, x.subarray(i * d, (i + 1) * d), 0);
    addRow(full, x.subarray(i * d, (i + 1) * d), 0);
  }
  const horizons: HorizonModel[] = [];
  const heldAll: Float64Array[] = [];
  const heldRows = rows.filter((i) => i >= split);
  const heldAt = new Int32Array(heldRows.length);
  const heldModel = new Float64Array(heldRows.length);
  const heldActual = new Float64Array(heldRows.length);
  const earlyXty = new Float64Array(d + 1);
  const restXty = new Float64Array(d + 1);
  let previous = 0;
  for (const h of FITTED_LEADS) {
    for (const i of rows) {
      if (i < split && i + h >= split && i + previous < split) removeRow(early.xtx, x, i * d, d);
      if (i + h >= history.hours && i + previous < history.hours) removeRow(full.xtx, x, i * d, d);
    }
    previous = h;
    const earlyLead = { d, xtx: early.xtx.slice(), xty: earlyXty.fill(0) };
    const fullLead = { d, xtx: full.xtx.slice(), xty: restXty.fill(0) };
    for (const i of rows) {
      if (i + h >= history.hours) continue;
      const y = targetOf(i, h);
      // Early fit: targets strictly before the held-out hours, so what is chosen on them saw none of them.
      const inEarly = i + h < split;
      if (Number.isNaN(y)) {
        removeRow(fullLead.xtx, x, i * d, d);
        if (inEarly) removeRow(earlyLead.xtx, x, i * d, d);
      } else accumulate(inEarly ? earlyLead.xty : fullLead.xty, x, i * d, d, y);
    }
    for (let k = 0; k <= d; k++) fullLead.xty[k]! += earlyLead.xty[k] as number;
    const model = fitRidgeFromMoments(earlyLead, lambda);
    let count = 0;
    heldRows.forEach((i) => {
      const y = targetOf(i, h);
      if (Number.isNaN(y)) return;
      const base = reference[sameHourIndex(i, h)] as number;
      heldModel[count] = base + predictAt(model, x, i * d);
      heldActual[count] = Math.max(0, offset * Math.expm1(y + base));
      heldAt[count] = i;
      count++;
    });
    const persistence = chooseBlend(heldModel, heldActual, heldAt, count, now, offset);
    const forecasts = new Float64Array(Math.max(0, history.hours - split)).fill(Number.NaN);
    for (let j = 0; j < count; j++) {
      const i = heldAt[j] as number;
      forecasts[i - split] = fromLog(
        (1 - persistence) * (heldModel[j] as number) + persistence * (now[i] as number),
        offset,
      );
    }
    heldAll.push(forecasts);
    horizons.push({ ...fitRidgeFromMoments(fullLead, lambda), persistence });
  }
  return { model: { offset, center, scale, leads: [...FITTED_LEADS], horizons }, held: heldAll };
}

/**
 * The member's forecasts (concentration) for origin + 1 … + 72 h, reading the history only up to the origin;
 * null without a current reading.
 */
export function memberForecast(
  model: MemberModel,
  history: StationHistory,
  p: ForecastPollutant,
  origin: number,
): Float64Array | null {
  const z = scaledSeries(history, p, model.offset);
  const x = new Float64Array(FEATURE_COUNT);
  const now = featuresAt(history, z, origin, x);
  if (Number.isNaN(now)) return null;
  standardise(x, model.center, model.scale);
  const out = new Float64Array(FORECAST_HOURS);
  const reference = new Float64Array(24).fill(Number.NaN);
  interpolateLeads(model.leads, model.horizons, lerpHorizon).forEach((m, k) => {
    const h = k + 1;
    const slot = (h - 1) % 24;
    if (Number.isNaN(reference[slot] as number)) reference[slot] = sameHourMean(z, sameHourIndex(origin, h));
    const base = reference[slot] as number;
    const modelled = Number.isNaN(base) ? now : base + predict(m, x);
    out[k] = fromLog((1 - m.persistence) * modelled + m.persistence * now, model.offset);
  });
  return out;
}
