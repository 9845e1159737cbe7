import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AQI_STANDARD, BREAKPOINT_KEYS, breakpointRow, EDITIONS } from "./aqi-standard";
import { concentrationUsed, iaqiOnRow, indicatorIaqi } from "./iaqi";
import { fromNumber, toNumber } from "./rational";

const SCALE = AQI_STANDARD.iaqi_scale;

// Every defined breakpoint of every row of both editions, with the next one up when there is one.
const BREAKPOINTS = EDITIONS.flatMap((edition) =>
  BREAKPOINT_KEYS.flatMap((key) => {
    const values = AQI_STANDARD.editions[edition].breakpoints[key].values;
    return values.flatMap((value, i) =>
      value === null
        ? []
        : [
            {
              edition,
              key,
              i,
              value,
              iaqi: SCALE[i] ?? -1,
              next: values[i + 1] ?? null,
              nextIaqi: SCALE[i + 1],
            },
          ],
    );
  }),
);

/** ceil(IAQI_lo + ΔIAQI · step / ΔC) in integers, for a concentration `step` above a breakpoint. */
function expectedJustAbove(
  low: number,
  high: number,
  iaqiLow: number,
  iaqiHigh: number,
  stepsPerUnit: number,
) {
  const denominator = BigInt(Math.round((high - low) * stepsPerUnit));
  const numerator = BigInt(iaqiLow) * denominator + BigInt(iaqiHigh - iaqiLow);
  return Number((numerator + denominator - 1n) / denominator);
}

describe("every breakpoint of both editions", () => {
  it("covers all 150 defined breakpoints (10 rows × 2 editions, less SO2 1-h and O3 8-h tops)", () => {
    expect(BREAKPOINTS).toHaveLength(2 * (10 * 8 - 3 - 2));
  });

  it.each(BREAKPOINTS)("$edition $key at $value gives IAQI $iaqi", ({ edition, key, value, iaqi }) => {
    expect(iaqiOnRow(breakpointRow(edition, key), fromNumber(value))).toBe(iaqi);
    expect(indicatorIaqi(edition, key, { [key]: value })).toMatchObject({ iaqi, basis: "breakpoints" });
  });

  const segments = BREAKPOINTS.filter((b) => b.next !== null);

  // 2026 rounds concentrations first (integers; CO to 0.1), so "just above" is one step of that rounding.
  it.each(segments.filter((b) => b.edition === "HJ633-2026"))(
    "HJ633-2026 $key one rounding step above $value goes into the next segment",
    ({ key, value, iaqi, next, nextIaqi }) => {
      const steps = key.startsWith("CO") ? 10 : 1;
      const above = (Math.round(value * steps) + 1) / steps;
      const expected = expectedJustAbove(value, next ?? 0, iaqi, nextIaqi ?? 0, steps);
      expect(expected).toBeGreaterThan(iaqi);
      expect(indicatorIaqi("HJ633-2026", key, { [key]: above })?.iaqi).toBe(expected);
    },
  );

  // 2012 uses the concentration as given: 0.001 above a breakpoint is already in the next segment.
  it.each(segments.filter((b) => b.edition === "HJ633-2012"))(
    "HJ633-2012 $key 0.001 above $value gives IAQI $iaqi + 1",
    ({ key, value, iaqi }) => {
      expect(indicatorIaqi("HJ633-2012", key, { [key]: (value * 1000 + 1) / 1000 })?.iaqi).toBe(iaqi + 1);
    },
  );
});

describe("the arithmetic", () => {
  it("gives CO 24-h 2.2 mg/m³ IAQI 55, where floating point gives 56", () => {
    expect(Math.ceil(((100 - 50) / (4 - 2)) * (2.2 - 2) + 50)).toBe(56);
    for (const edition of EDITIONS) expect(indicatorIaqi(edition, "CO_24h", { CO_24h: 2.2 })?.iaqi).toBe(55);
  });

  it("rounds every fraction up", () => {
    expect(indicatorIaqi("HJ633-2026", "PM25_24h", { PM25_24h: 80 })?.iaqi).toBe(119); // 118.18…
    expect(indicatorIaqi("HJ633-2012", "PM25_24h", { PM25_24h: 75.0001 })?.iaqi).toBe(101);
    expect(indicatorIaqi("HJ633-2012", "NO2_24h", { NO2_24h: 0.1 })?.iaqi).toBe(1);
  });

  it("2026 rounds a concentration per GB/T 8170 first (half to even); 2012 does not", () => {
    expect(toNumber(concentrationUsed("HJ633-2026", "PM25_24h", 60.5))).toBe(60);
    expect(indicatorIaqi("HJ633-2026", "PM25_24h", { PM25_24h: 60.5 })).toMatchObject({
      concentration: 60,
      iaqi: 100,
    });
    expect(indicatorIaqi("HJ633-2026", "PM25_24h", { PM25_24h: 61.5 })?.iaqi).toBe(102); // 62 → 101.8…
    expect(indicatorIaqi("HJ633-2026", "PM25_24h", { PM25_24h: 35.4 })?.iaqi).toBe(50);
    expect(indicatorIaqi("HJ633-2026", "CO_24h", { CO_24h: 2.25 })).toMatchObject({
      concentration: 2.2,
      iaqi: 55,
    });
    expect(indicatorIaqi("HJ633-2026", "CO_1h", { CO_1h: 5.35 })).toMatchObject({
      concentration: 5.4,
      iaqi: 54,
    });
    expect(indicatorIaqi("HJ633-2012", "PM25_24h", { PM25_24h: 35.4 })).toMatchObject({
      concentration: 35.4,
      iaqi: 51,
    });
  });

  it("never falls as the concentration rises, and stays within 0–500", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITIONS),
        fc.constantFrom(...BREAKPOINT_KEYS.filter((key) => key !== "SO2_1h" && key !== "O3_8h")),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        (edition, key, a, b) => {
          const [low, high] = [Math.min(a, b) / 1000, Math.max(a, b) / 1000];
          const lower = indicatorIaqi(edition, key, { [key]: low })?.iaqi ?? -1;
          const upper = indicatorIaqi(edition, key, { [key]: high })?.iaqi ?? -1;
          return lower >= 0 && lower <= upper && upper <= 500;
        },
      ),
    );
  });
});

describe("above the table", () => {
  it.each(EDITIONS)(
    "%s caps a row that reaches 500 at 500 (a convention: neither edition goes higher)",
    (edition) => {
      expect(indicatorIaqi(edition, "PM25_24h", { PM25_24h: 501 })).toMatchObject({
        iaqi: 500,
        basis: "capped",
      });
      expect(indicatorIaqi(edition, "CO_1h", { CO_1h: 1000 })).toMatchObject({ iaqi: 500, basis: "capped" });
      expect(indicatorIaqi(edition, "PM10_1h", { PM10_1h: 600.1 })?.iaqi).toBe(500);
    },
  );

  it("HJ633-2026 sets SO2 1-h above 800 µg/m³ to 200 and O3 8-h above 800 µg/m³ to 300", () => {
    expect(indicatorIaqi("HJ633-2026", "SO2_1h", { SO2_1h: 801 })).toMatchObject({
      iaqi: 200,
      basis: "fixed",
    });
    expect(indicatorIaqi("HJ633-2026", "SO2_1h", { SO2_1h: 5000, SO2_24h: 2000 })?.iaqi).toBe(200);
    expect(indicatorIaqi("HJ633-2026", "O3_8h", { O3_8h: 801 })).toMatchObject({ iaqi: 300, basis: "fixed" });
    // 800.4 rounds to 800, which is the row's own top
    expect(indicatorIaqi("HJ633-2026", "O3_8h", { O3_8h: 800.4 })).toMatchObject({
      iaqi: 300,
      basis: "breakpoints",
    });
  });

  it("HJ633-2012 reports SO2 1-h above 800 with the 24-h IAQI, and O3 8-h above 800 with the 1-h IAQI", () => {
    expect(indicatorIaqi("HJ633-2012", "SO2_1h", { SO2_1h: 801, SO2_24h: 300 })).toMatchObject({
      iaqi: 124, // 100 + 50 · 150 / 325 = 123.08…
      basis: "substituted",
      from: "SO2_24h",
    });
    expect(indicatorIaqi("HJ633-2012", "O3_8h", { O3_8h: 900, O3_1h: 900 })).toMatchObject({
      iaqi: 350,
      basis: "substituted",
      from: "O3_1h",
    });
    expect(indicatorIaqi("HJ633-2012", "O3_8h", { O3_8h: 800.001, O3_1h: 100 })?.iaqi).toBe(32);
  });

  it("HJ633-2012 cannot give the IAQI when the averaging it falls back on is missing", () => {
    expect(indicatorIaqi("HJ633-2012", "SO2_1h", { SO2_1h: 801 })).toBeNull();
    expect(indicatorIaqi("HJ633-2012", "O3_8h", { O3_8h: 801 })).toBeNull();
    expect(indicatorIaqi("HJ633-2012", "SO2_1h", { SO2_1h: 800 })?.iaqi).toBe(200);
  });

  it("has no IAQI for a concentration not given", () => {
    expect(indicatorIaqi("HJ633-2026", "NO2_24h", {})).toBeNull();
  });
});

describe("1-h particles", () => {
  it.each(EDITIONS)("%s reads PM 1-h against the daily PM row", (edition) => {
    for (const [hourly, daily] of [
      ["PM25_1h", "PM25_24h"],
      ["PM10_1h", "PM10_24h"],
    ] as const) {
      for (const value of AQI_STANDARD.editions[edition].breakpoints[daily].values) {
        if (value === null) continue;
        expect(indicatorIaqi(edition, hourly, { [hourly]: value })?.iaqi).toBe(
          indicatorIaqi(edition, daily, { [daily]: value })?.iaqi,
        );
      }
    }
    expect(indicatorIaqi(edition, "PM25_1h", { PM25_1h: 80 })?.iaqi).toBe(
      edition === "HJ633-2026" ? 119 : 107,
    );
  });
});
