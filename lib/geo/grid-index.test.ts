import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceMeters } from "./distance";
import { createGridIndex } from "./grid-index";

const HUBIN = { lat: 30.259, lng: 120.165 };

describe("createGridIndex", () => {
  it("finds exactly what a scan of every point finds, nearest first (random points around Hangzhou)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lat: fc.double({ min: 29.9, max: 30.6, noNaN: true }),
            lng: fc.double({ min: 119.8, max: 120.6, noNaN: true }),
          }),
          {
            maxLength: 300,
          },
        ),
        fc.record({
          lat: fc.double({ min: 29.9, max: 30.6, noNaN: true }),
          lng: fc.double({ min: 119.8, max: 120.6, noNaN: true }),
        }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 50, max: 5_000 }),
        (points, here, radiusM, cellM) => {
          const index = createGridIndex(points, (p) => p, cellM);
          const scanned = points
            .map((p) => ({ item: p, distanceM: distanceMeters(here, p) }))
            .filter((n) => n.distanceM <= radiusM)
            .sort((a, b) => a.distanceM - b.distanceM);
          expect(index.within(here, radiusM).map((n) => n.distanceM)).toEqual(
            scanned.map((n) => n.distanceM),
          );
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it("measures only the points of nearby cells, not the city", () => {
    // 2,000 points over 40 km × 40 km (about 1.25 a km²); a 2 km query reads the cells of a 4 km box, ~45 points.
    const points = Array.from({ length: 2_000 }, (_, i) => ({
      lat: 30.05 + (((i * 7919) % 2000) / 2000) * 0.36,
      lng: 119.95 + (((i * 104729) % 2000) / 2000) * 0.42,
    }));
    let measured = 0;
    const index = createGridIndex(points, (p) => {
      measured += 1;
      return p;
    });
    measured = 0;
    const near = index.within(HUBIN, 2_000);
    expect(measured).toBeLessThan(100);
    expect(near.length).toBe(points.filter((p) => distanceMeters(HUBIN, p) <= 2_000).length);
    expect(near.length).toBeGreaterThan(0);
  });

  it("an empty index answers nothing", () => {
    expect(createGridIndex([], (p: { lat: number; lng: number }) => p).within(HUBIN, 5_000)).toEqual([]);
  });
});
