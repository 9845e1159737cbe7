import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRow, emptyMoments, fitRidge, fitRidgeFromMoments, predictLinear } from "./ridge";

describe("fitRidge", () => {
  it("recovers an exact linear relation when the penalty is negligible", () => {
    const xs = Array.from({ length: 40 }, (_, i) => [Math.sin(i), Math.cos(3 * i), (i % 7) / 7]);
    const ys = xs.map(([a = 0, b = 0, c = 0]) => 0.1 + 2 * a - 0.5 * b + 0.25 * c);
    const model = fitRidge(xs, ys, 1e-9);
    expect(model.intercept).toBeCloseTo(0.1, 6);
    expect(model.weights[0]).toBeCloseTo(2, 6);
    expect(model.weights[1]).toBeCloseTo(-0.5, 6);
    expect(model.weights[2]).toBeCloseTo(0.25, 6);
    expect(predictLinear(model, [1, 0, 0])).toBeCloseTo(2.1, 6);
  });

  it("shrinks weights towards the prior, never the intercept", () => {
    const xs = [[0], [1], [2], [3]];
    const ys = [1, 3, 5, 7];
    const toZero = fitRidge(xs, ys, 1e6);
    expect(toZero.weights[0]).toBeCloseTo(0, 3);
    expect(toZero.intercept).toBeCloseTo(4, 3);
    const toPrior = fitRidge(xs, ys, 1e6, [1.5]);
    expect(toPrior.weights[0]).toBeCloseTo(1.5, 3);
  });

  it("survives a constant feature (singular without the penalty)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (ys) => {
          const model = fitRidge(
            ys.map(() => [0.5, 0.5]),
            ys,
            0.01,
          );
          return [model.intercept, ...model.weights].every(Number.isFinite);
        },
      ),
    );
  });
});

describe("fitRidgeFromMoments", () => {
  it("equals a direct fit after rows are added and some removed again", () => {
    const xs = Array.from({ length: 30 }, (_, i) => [Math.sin(i), (i % 5) / 5]);
    const ys = xs.map(([a = 0, b = 0], i) => 1 + a - 2 * b + ((i * 37) % 11) / 100);
    const moments = emptyMoments(2);
    for (const [i, x] of xs.entries()) addRow(moments, x, ys[i] as number);
    for (const i of [3, 17]) addRow(moments, xs[i] as number[], ys[i] as number, -1);
    const kept = xs.map((_, i) => i).filter((i) => i !== 3 && i !== 17);
    const direct = fitRidge(
      kept.map((i) => xs[i] as number[]),
      kept.map((i) => ys[i] as number),
      0.5,
    );
    const viaMoments = fitRidgeFromMoments(moments, 0.5);
    expect(viaMoments.intercept).toBeCloseTo(direct.intercept, 9);
    for (const [k, w] of viaMoments.weights.entries()) expect(w).toBeCloseTo(direct.weights[k] as number, 9);
  });
});
