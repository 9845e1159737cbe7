import { describe, expect, it } from "vitest";
import { quantile, residualInterval } from "./residual-interval";
import { DAY_MS, MINUTE_MS } from "./series";

describe("quantile", () => {
  it.each([
    [0, 1],
    [0.5, 3],
    [0.1, 1.4],
    [1, 5],
  ])("q=%f of 1…5 is %f", (q, expected) => {
    expect(quantile([1, 2, 3, 4, 5], q)).toBeCloseTo(expected, 12);
  });
});

describe("residualInterval", () => {
  // Calm nights (±0.01), a noisy morning (±0.1), over eight days of 15-min readings.
  const residuals = Array.from({ length: 8 * 96 }, (_, i) => {
    const time = i * 15 * MINUTE_MS;
    const hour = (time % DAY_MS) / 3_600_000;
    const size = hour >= 7 && hour < 10 ? 0.1 : 0.01;
    return { time, error: (i % 2 === 0 ? 1 : -1) * size * ((i % 5) / 4) };
  });

  it("takes the quantiles from around the same time of day", () => {
    const morning = residualInterval(residuals, 8.5 * 3_600_000 + 30 * DAY_MS, 0.8)!;
    const night = residualInterval(residuals, 2 * 3_600_000, 0.8)!;
    expect(morning.above).toBeGreaterThan(0.05);
    expect(morning.below).toBeLessThan(-0.05);
    expect(night.above).toBeLessThanOrEqual(0.01);
    expect(night.below).toBeGreaterThanOrEqual(-0.01);
  });

  it("wraps around midnight and falls back to all residuals when few are near", () => {
    expect(residualInterval(residuals, 23.9 * 3_600_000, 0.8)!.from).toBeGreaterThan(40);
    const few = residuals.filter((_, i) => i % 24 === 0);
    expect(residualInterval(few, 8 * 3_600_000, 0.8)!.from).toBe(few.length);
    expect(residualInterval([], 0, 0.8)).toBeNull();
  });
});
