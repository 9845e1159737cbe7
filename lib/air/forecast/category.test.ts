import { describe, expect, it } from "vitest";
import { EDITIONS } from "../aqi-standard";
import { applyRule, fastLevel, hourlyLevel, levelOptions, levelSteps, moveIntoLevel } from "./category";
import { FORECAST_POLLUTANTS } from "./station-history";

describe("levelSteps", () => {
  it("agrees with lib/air's hourly IAQI level away from the steps", () => {
    for (const edition of EDITIONS) {
      for (const p of FORECAST_POLLUTANTS) {
        const steps = levelSteps(edition, p);
        const top = p === "co" ? 200 : 1200;
        for (let k = 0; k <= 600; k++) {
          const value = (top * k) / 600 + 1e-3;
          if (steps.some((s) => Math.abs(s - value) < 1e-4 * Math.max(1, s))) continue;
          expect(fastLevel(steps, value), `${edition} ${p} ${value}`).toBe(hourlyLevel(edition, p, value));
        }
      }
    }
  });

  it("reads PM2.5 1-h against the 24-h row in HJ 633-2012 (35 and 75 µg/m³ end levels 1 and 2)", () => {
    expect(hourlyLevel("HJ633-2012", "pm25", 35)).toBe(1);
    expect(hourlyLevel("HJ633-2012", "pm25", 35.1)).toBe(2);
    expect(hourlyLevel("HJ633-2012", "pm25", 75)).toBe(2);
    expect(hourlyLevel("HJ633-2012", "pm25", 76)).toBe(3);
  });
});

describe("level rules", () => {
  const steps = levelSteps("HJ633-2012", "pm25");

  it("moves a value just inside a level, and leaves it when already there", () => {
    expect(fastLevel(steps, moveIntoLevel(60, 3, steps))).toBe(3);
    expect(fastLevel(steps, moveIntoLevel(60, 1, steps))).toBe(1);
    expect(moveIntoLevel(60, 2, steps)).toBe(60);
  });

  it("takes the likelier level when free, keeps its own when moving is dear, follows the current level with a full bonus", () => {
    const counts = [0, 0, 5, 15, 0, 0, 0]; // most of the spread in level 3, the forecast (70) in level 2
    const options = levelOptions(counts, 70, steps);
    expect(fastLevel(steps, applyRule(options, 1, { price: 0, bonus: 0 }))).toBe(3);
    expect(applyRule(options, 1, { price: Number.POSITIVE_INFINITY, bonus: 0 })).toBe(70);
    expect(fastLevel(steps, applyRule(options, 1, { price: 0, bonus: 1 }))).toBe(1);
  });

  it("prices a linear rule's move in the unit given: cheap at low levels, dear at high ones", () => {
    const rule = { price: 1, bonus: 0, linear: true };
    // Spread mostly in the level below or above; a move of 5 µg/m³ (30 → 35) is cheap, of 50 (200 → 150) dear.
    const low = levelOptions([0, 5, 15, 0, 0, 0, 0], 30, steps, undefined, 50);
    expect(fastLevel(steps, applyRule(low, 0, rule))).toBe(2);
    const high = levelOptions([0, 0, 0, 0, 15, 5, 0], 200, steps, undefined, 50);
    expect(applyRule(high, 0, rule)).toBe(200);
    // The same rule on the log of the move: 200 → 150 is as cheap as 30 → 40.
    expect(fastLevel(steps, applyRule(high, 0, { price: 1, bonus: 0 }))).toBe(4);
  });
});
