import { describe, expect, it } from "vitest";
import { applyRule, fastLevel, LEVEL_RULES, levelOptions, levelShares, levelSteps } from "./category";
import { chooseRule, FOLLOW_CURRENT, type HeldPair } from "./rule-choice";
import { toLog } from "./series";

const steps = levelSteps("HJ633-2012", "pm25");
const offset = 1;

/** A repeatable pseudo-random stream in [0, 1). */
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Spread points: narrow (every forecast's own level is the likeliest) and wide (over several levels). */
const narrowPoints = Array.from({ length: 20 }, (_, q) => (q - 9.5) * 0.01);
const widePoints = Array.from({ length: 20 }, (_, q) => (q - 9.5) * 0.15);
/** The same spread at every level of the forecast (index 0: all pairs), as `chooseRule` takes it. */
const everyLevel = (points: number[]) => Array.from({ length: 7 }, () => points);
const narrow = everyLevel(narrowPoints);
const wide = everyLevel(widePoints);

function scores(pairs: HeldPair[], byLevel: number[][], rule: (typeof LEVEL_RULES)[number]) {
  let error = 0;
  let persistenceError = 0;
  let hits = 0;
  let persistenceHits = 0;
  for (const { forecast, current, actual } of pairs) {
    const points = byLevel[fastLevel(steps, forecast)] ?? [];
    const counts = levelShares(toLog(forecast, offset), points, steps, (z) => offset * Math.expm1(z));
    const value = applyRule(levelOptions(counts, forecast, steps), fastLevel(steps, current), rule);
    error += (value - actual) ** 2;
    persistenceError += (current - actual) ** 2;
    if (fastLevel(steps, value) === fastLevel(steps, actual)) hits++;
    if (fastLevel(steps, current) === fastLevel(steps, actual)) persistenceHits++;
  }
  return { error, persistenceError, hits, persistenceHits };
}

describe("chooseRule", () => {
  it("keeps the forecast when it is far better than persistence in both error and level", () => {
    const next = stream(1);
    const pairs: HeldPair[] = Array.from({ length: 2000 }, () => {
      const actual = 20 + 200 * next();
      return { actual, forecast: actual * (0.97 + 0.06 * next()), current: 20 + 200 * next() };
    });
    const rule = chooseRule(pairs, narrow, steps, offset, 24);
    const chosen = scores(pairs, narrow, rule);
    expect(chosen.error).toBeLessThanOrEqual(0.83 ** 2 * chosen.persistenceError);
    expect(chosen.hits).toBeGreaterThan(chosen.persistenceHits);
  });

  it("ties persistence's hits (the current level) when no rule beats them (a forecast stuck in one level)", () => {
    const next = stream(2);
    const pairs: HeldPair[] = Array.from({ length: 2000 }, () => {
      const current = 20 + 200 * next();
      return { current, actual: current * (0.98 + 0.04 * next()), forecast: 60 };
    });
    const rule = chooseRule(pairs, wide, steps, offset, 24);
    const chosen = scores(pairs, wide, rule);
    expect(chosen.hits).toBeGreaterThanOrEqual(chosen.persistenceHits);
    expect(chosen.hits).toBe(chosen.persistenceHits);
    expect(rule.bonus).toBeGreaterThan(0);
  });

  it("is one of the listed rules, and never-moved and follow-the-current-level are among them", () => {
    expect(LEVEL_RULES).toContainEqual({ price: Number.POSITIVE_INFINITY, bonus: 0 });
    expect(LEVEL_RULES).toContainEqual(FOLLOW_CURRENT);
    const next = stream(3);
    const pairs: HeldPair[] = Array.from({ length: 500 }, () => ({
      actual: 300 * next(),
      forecast: 300 * next(),
      current: 300 * next(),
    }));
    expect(LEVEL_RULES).toContainEqual(chooseRule(pairs, narrow, steps, offset, 72));
  });
});
