import { fastLevel, LEVEL_RULES, type LevelRule, levelOptions, levelShares, ruleLevel } from "./category";
import { toLog } from "./series";

/** Held-out RMSE allowed to a level rule, as a share of persistence's (margin below the 0.85 target). */
export const RMSE_BUDGET = 0.83;
const HIT_Z = 2;
/** From this lead on a smaller hit margin: moves cost more squared error there (the +24 h RMSE target). */
const RMSE_TARGET_LEAD = 18;
const HIT_Z_LATE = 1;
export const FOLLOW_CURRENT: LevelRule = { price: 0, bonus: 1 };

export interface HeldPair {
  forecast: number;
  current: number;
  actual: number;
}

/**
 * The level rule for one lead time, from held-out pairs. When the unmoved forecast's RMSE is within the budget
 * (RMSE_BUDGET × persistence's), the rule within that budget with the most level hits, if they beat
 * persistence's by more than chance (HIT_Z standard errors of the pairs where exactly one of the two is
 * right): at long leads this buys hits without giving up the RMSE. Otherwise the rule with the least squared
 * error among those whose hits beat persistence's by HIT_Z standard errors (HIT_Z_LATE from RMSE_TARGET_LEAD
 * on, where a move's squared error is dearest). "Always the current level" ties with persistence: the last
 * resort, so some rule always qualifies.
 */
export function chooseRule(
  pairs: HeldPair[],
  /** The spread per level of the forecast (see `spreadByLevel` in model.ts). */
  points: readonly number[][],
  steps: number[],
  offset: number,
  lead: number,
  unit = 1,
): LevelRule {
  // Local names: a bundled import is a property read on every call, and this loop runs ~10⁵–10⁶ times.
  const rules = LEVEL_RULES;
  const choose = ruleLevel;
  const level = fastLevel;
  const options = levelOptions;
  const shares = levelShares;
  const scale = toLog;
  const fromScale = (z: number) => offset * Math.expm1(z);
  const gain = new Float64Array(LEVEL_RULES.length);
  const split = new Float64Array(LEVEL_RULES.length);
  const error = new Float64Array(LEVEL_RULES.length);
  const levelError = new Float64Array(steps.length + 2);
  let persistenceError = 0;
  let unmovedError = 0;
  const scratch = levelOptions([0, 0, 0, 0, 0, 0, 0], 0, steps, undefined, unit);
  for (const { forecast, current, actual } of pairs) {
    const choice = options(
      shares(scale(forecast, offset), points[level(steps, forecast)] ?? [], steps, fromScale),
      forecast,
      steps,
      scratch,
      unit,
    );
    const now = level(steps, current);
    const observed = level(steps, actual);
    const persistenceHit = now === observed;
    persistenceError += (current - actual) ** 2;
    unmovedError += (forecast - actual) ** 2;
    // Each level's value lies in that level (moved just inside it), so a rule's hit is its level's.
    for (let l = 1; l < levelError.length; l++) levelError[l] = ((choice.values[l] as number) - actual) ** 2;
    // Only the forecast's own level open (no other level has a share, the current level is its own): every
    // rule keeps it. Common, and the loop below is most of the fitting time.
    let open = 0;
    for (let l = 1; l < levelError.length; l++)
      if (l === choice.own || l === now || (choice.shares[l] as number) > 0) open++;
    for (let r = 0; r < rules.length; r++) {
      const chosen = open === 1 ? choice.own : choose(choice, now, rules[r] as LevelRule);
      const hit = chosen === observed;
      if (hit !== persistenceHit) {
        split[r]!++;
        gain[r]! += hit ? 1 : -1;
      }
      error[r]! += levelError[chosen] as number;
    }
  }
  const cap = RMSE_BUDGET ** 2 * persistenceError;
  const beats = (r: number) =>
    (gain[r] as number) >= HIT_Z * Math.sqrt(split[r] as number) && (gain[r] as number) > 0;
  let best = -1;
  for (let r = 0; r < (unmovedError <= cap ? LEVEL_RULES.length : 0); r++) {
    if ((error[r] as number) > cap) continue;
    if (
      best < 0 ||
      (gain[r] as number) > (gain[best] as number) ||
      ((gain[r] as number) === (gain[best] as number) && (error[r] as number) < (error[best] as number))
    )
      best = r;
  }
  if (best >= 0 && beats(best)) return LEVEL_RULES[best] as LevelRule;
  best = -1;
  const z2 = lead >= RMSE_TARGET_LEAD ? HIT_Z_LATE : HIT_Z;
  for (let r = 0; r < LEVEL_RULES.length; r++) {
    if ((gain[r] as number) < z2 * Math.sqrt(split[r] as number)) continue;
    if (best < 0 || (error[r] as number) < (error[best] as number)) best = r;
  }
  return LEVEL_RULES[best] ?? FOLLOW_CURRENT;
}
