import { describe, expect, it } from "vitest";
import { cachedFit, storeFit } from "./fitted-cache";

const fitThrough = (fittedThrough: number) => ({ horizons: [], historyFrom: "", readings: 0, fittedThrough });

describe("the fitted-model cache", () => {
  const db = {};
  storeFit(db, "lot", { day: 10, fit: fitThrough(1_000) });

  it("serves a fit for the same database, facility and day, from its latest reading on", () => {
    expect(cachedFit(db, "lot", 10, 1_000)).toEqual(fitThrough(1_000));
    expect(cachedFit(db, "lot", 10, 5_000)).toEqual(fitThrough(1_000));
  });

  it("misses on another day, another facility or database, and before the fit's latest reading", () => {
    expect(cachedFit(db, "lot", 11, 5_000)).toBeNull();
    expect(cachedFit(db, "other", 10, 5_000)).toBeNull();
    expect(cachedFit({}, "lot", 10, 5_000)).toBeNull();
    expect(cachedFit(db, "lot", 10, 999)).toBeNull();
  });

  it("keeps at most 500 facilities per database, dropping the least recently stored", () => {
    const big = {};
    for (let i = 0; i <= 500; i++) storeFit(big, `lot-${i}`, { day: 1, fit: fitThrough(0) });
    expect(cachedFit(big, "lot-0", 1, 0)).toBeNull();
    expect(cachedFit(big, "lot-500", 1, 0)).toEqual(fitThrough(0));
  });
});
