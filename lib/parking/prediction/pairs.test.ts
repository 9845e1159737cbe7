import { describe, expect, it } from "vitest";
import { forecastPairs } from "./pairs";
import { buildSeries, MINUTE_MS } from "./series";

const at = (minutes: number) => minutes * MINUTE_MS;
// Irregular, about half-hourly, with a night between minute 120 and 1440.
const series = buildSeries([0, 26, 60, 95, 120, 1440, 1468].map((m) => ({ time: at(m), share: 0.5 })));

describe("forecastPairs", () => {
  it("pairs each reading with the one nearest to origin + horizon within the tolerance", () => {
    const pairs = forecastPairs(series, at(30), at(10));
    expect(pairs.map(({ origin, target }) => [origin, target])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [5, 6],
    ]);
  });

  it("drops an origin whose horizon lands in a gap (no pair across the night)", () => {
    const pairs = forecastPairs(series, at(60), at(10));
    expect(pairs.map(({ origin, target }) => [origin, target])).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
    ]);
  });

  it("filters by the two instants", () => {
    const pairs = forecastPairs(
      series,
      at(30),
      at(10),
      (origin, target) => origin >= at(60) && target < at(1440),
    );
    expect(pairs).toEqual([
      { origin: 2, target: 3 },
      { origin: 3, target: 4 },
    ]);
  });
});
