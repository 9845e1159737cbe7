import { describe, expect, it } from "vitest";
import { hashString, latticeNoise, noiseKey, smoothNoise } from "./seeded-noise";

describe("seeded noise", () => {
  it("is a pure function of its key and position", () => {
    const key = noiseKey("hangzhou", "urn:x", "parking");
    expect(smoothNoise(key, 1234.56)).toBe(smoothNoise(noiseKey("hangzhou", "urn:x", "parking"), 1234.56));
    expect(key).not.toBe(noiseKey("hangzhou", "urn:y", "parking"));
    expect(hashString("")).toBe(0x811c9dc5);
  });

  it("stays in [-1, 1) and averages near zero", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => latticeNoise(42, i));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.abs(values.reduce((a, b) => a + b, 0) / values.length)).toBeLessThan(0.03);
  });

  it("is continuous: hits the lattice values and moves little between close positions", () => {
    expect(smoothNoise(7, 100)).toBeCloseTo(latticeNoise(7, 100), 12);
    for (let x = 0; x < 50; x += 0.01)
      expect(Math.abs(smoothNoise(7, x + 0.01) - smoothNoise(7, x))).toBeLessThan(0.04);
  });
});
