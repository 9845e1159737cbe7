import { hj633Band } from "../aqi-band";
import type { Edition } from "../aqi-standard";
import { indicatorIaqi } from "../iaqi";
import type { PollutantKey } from "../report-indicators";
import type { ForecastPollutant } from "./station-history";

/** The hourly (real-time report) indicator each forecast pollutant is read against. */
export const HOURLY_KEY: Record<ForecastPollutant, PollutantKey> = {
  pm25: "PM25_1h",
  pm10: "PM10_1h",
  so2: "SO2_1h",
  no2: "NO2_1h",
  co: "CO_1h",
  o3: "O3_1h",
};

/** The HJ 633 level (1–6) of one hourly concentration on its own, from lib/air's IAQI and bands. */
export function hourlyLevel(edition: Edition, p: ForecastPollutant, value: number): number {
  const found = indicatorIaqi(edition, HOURLY_KEY[p], { [HOURLY_KEY[p]]: value });
  // Only SO2 above its 1-h row (800 µg/m³, 2012) has no IAQI on its own: beyond the row's top level.
  return found ? hj633Band(edition, found.iaqi).level : 6;
}

const thresholdCache = new Map<string, number[]>();

/**
 * The concentrations at which the level steps up, found by bisection on `hourlyLevel` (monotone), so
 * `fastLevel` agrees with it except within 1e-6 of a step. For the many comparisons made while fitting.
 */
export function levelSteps(edition: Edition, p: ForecastPollutant): number[] {
  const cacheKey = `${edition}/${p}`;
  const cached = thresholdCache.get(cacheKey);
  if (cached) return cached;
  const steps: number[] = [];
  for (let level = 1; level < 6; level++) {
    let low = 0;
    let high = 1e5;
    if (hourlyLevel(edition, p, high) <= level) break;
    while (high - low > 1e-6 * Math.max(1, high)) {
      const mid = (low + high) / 2;
      if (hourlyLevel(edition, p, mid) > level) high = mid;
      else low = mid;
    }
    steps.push(high);
  }
  thresholdCache.set(cacheKey, steps);
  return steps;
}

export function fastLevel(steps: readonly number[], value: number): number {
  let level = 1;
  for (const step of steps) if (value >= step) level++;
  return level;
}

/** Quantiles of the held-out log residuals kept per lead time: equal-mass points of the forecast's spread. */
export const RESIDUAL_POINTS = 20;

export function residualPoints(residuals: number[]): number[] {
  if (residuals.length === 0) return [];
  const sorted = residuals.slice().sort((a, b) => a - b);
  return Array.from({ length: RESIDUAL_POINTS }, (_, q) => {
    const at = ((q + 0.5) / RESIDUAL_POINTS) * (sorted.length - 1);
    const low = Math.floor(at);
    const high = Math.min(sorted.length - 1, low + 1);
    return (sorted[low] as number) + (at - low) * ((sorted[high] as number) - (sorted[low] as number));
  });
}

/**
 * When a forecast is moved into another level. The spread (held-out errors around the forecast) gives each
 * level a share; the forecast goes to the level with the best share + bonus·[the current reading's level] −
 * price·(log of the move)², its own level costing nothing. A move buys a likelier level with squared error:
 * the price says how dear; the bonus leans towards the level persistence would give (bonus 1: always it).
 */
export interface LevelRule {
  price: number;
  bonus: number;
  /**
   * Price the move itself in units of the pollutant's mean, squared, instead of its log: a move at a high
   * level is dear (what squared error counts), one at a low level cheap, for the same gain in level.
   */
  linear?: boolean;
}

const BONUSES = [0, 0.05, 0.1, 0.2, 0.35, 0.6, 1];

export const LEVEL_RULES: readonly LevelRule[] = [
  ...BONUSES.flatMap((bonus) =>
    [0, 0.1, 0.3, 1, 3, 10, Number.POSITIVE_INFINITY].map((price) => ({ price, bonus })),
  ),
  ...BONUSES.flatMap((bonus) => [0.3, 1, 3, 10, 30].map((price) => ({ price, bonus, linear: true }))),
];

/** How many of the spread's points fall in each level (index 1–6). */
export function levelShares(
  spreadValue: number,
  points: readonly number[],
  steps: readonly number[],
  fromScale: (z: number) => number,
): number[] {
  const counts = new Array<number>(steps.length + 2).fill(0);
  for (const r of points) {
    const level = fastLevel(steps, fromScale(spreadValue + r));
    counts[level] = (counts[level] as number) + 1;
  }
  return counts;
}

/** The value moved just inside a level (its edge nearest the value), or left as it is if already there. */
export function moveIntoLevel(value: number, level: number, steps: readonly number[]): number {
  const own = fastLevel(steps, value);
  if (own === level) return value;
  // Level L holds [steps[L − 2], steps[L − 1]).
  return level > own ? (steps[level - 2] as number) * (1 + 1e-6) : (steps[level - 1] as number) * (1 - 1e-6);
}

/**
 * What a rule chooses between: each level's share, the value moved into it, and the move's (log)² and
 * (move ÷ unit)².
 */
export interface LevelOptions {
  own: number;
  shares: Float64Array;
  values: Float64Array;
  costs: Float64Array;
  squares: Float64Array;
}

export function levelOptions(
  counts: readonly number[],
  forecast: number,
  steps: readonly number[],
  into?: LevelOptions,
  unit = 1,
): LevelOptions {
  const own = fastLevel(steps, forecast);
  let total = 0;
  for (const c of counts) total += c;
  // `into`: buffers to reuse, for the many calls made while fitting.
  const shares = into?.shares ?? new Float64Array(counts.length);
  const values = into?.values ?? new Float64Array(counts.length);
  const costs = into?.costs ?? new Float64Array(counts.length);
  const squares = into?.squares ?? new Float64Array(counts.length);
  for (let level = 1; level < counts.length; level++) {
    shares[level] = total > 0 ? (counts[level] as number) / total : 0;
    const moved = moveIntoLevel(forecast, level, steps);
    const log = Math.log(Math.max(moved, 1e-3) / Math.max(forecast, 1e-3));
    values[level] = moved;
    costs[level] = level === own ? 0 : log * log;
    squares[level] = level === own ? 0 : ((moved - forecast) / unit) ** 2;
  }
  return { own, shares, values, costs, squares };
}

/** The level a rule moves a forecast into (values[level] is the value); `current`: the current level (0: none). */
export function ruleLevel(options: LevelOptions, current: number, rule: LevelRule): number {
  const { own, shares } = options;
  const costs = rule.linear ? options.squares : options.costs;
  let best = own;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let level = 1; level < shares.length; level++) {
    const cost = level === own ? 0 : rule.price * (costs[level] as number);
    if (level !== own && ((shares[level] === 0 && level !== current) || !Number.isFinite(cost))) continue;
    const score = (shares[level] as number) + (level === current ? rule.bonus : 0) - cost;
    if (score > bestScore) {
      best = level;
      bestScore = score;
    }
  }
  return best;
}

/** The forecast after a rule; `current` is the current reading's level (0: none). */
export function applyRule(options: LevelOptions, current: number, rule: LevelRule): number {
  return options.values[ruleLevel(options, current, rule)] as number;
}
