import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AQI_STANDARD, BREAKPOINT_KEYS, breakpointRow } from "./aqi-standard";
import { parseDecimal } from "./rational";

const COPY = path.resolve(import.meta.dirname, "data/aqi-hj633.json");
const SHARED = path.resolve(import.meta.dirname, "../../../shared/standards/aqi-hj633.json");

describe("the app's copy of the standard", () => {
  it.skipIf(!existsSync(SHARED))("is byte-identical to ../shared/standards/aqi-hj633.json", () => {
    expect(readFileSync(COPY).equals(readFileSync(SHARED))).toBe(true);
  });

  it("has every row in both editions, lined up with the IAQI scale", () => {
    expect(AQI_STANDARD.iaqi_scale).toEqual([0, 50, 100, 150, 200, 300, 400, 500]);
    for (const edition of ["HJ633-2012", "HJ633-2026"] as const) {
      expect(Object.keys(AQI_STANDARD.editions[edition].breakpoints).sort()).toEqual(
        [...BREAKPOINT_KEYS].sort(),
      );
    }
  });

  // The README's summary of what 2026 changed: PM at IAQI 100 only. A careless edit of either table shows here.
  it("differs between editions only in PM2.5 and PM10 at IAQI 100", () => {
    const differences: string[] = [];
    for (const key of BREAKPOINT_KEYS) {
      const old = AQI_STANDARD.editions["HJ633-2012"].breakpoints[key].values;
      const current = AQI_STANDARD.editions["HJ633-2026"].breakpoints[key].values;
      old.forEach((value, i) => {
        if (value !== current[i])
          differences.push(`${key}@${AQI_STANDARD.iaqi_scale[i]}: ${value} → ${current[i]}`);
      });
    }
    expect(differences).toEqual(["PM10_24h@100: 150 → 120", "PM25_24h@100: 75 → 60"]);
  });

  it("gives rows as exact fractions, null where the standard stops", () => {
    const co = breakpointRow("HJ633-2026", "CO_24h");
    expect(co.concentrations[1]).toEqual(parseDecimal("2"));
    const so2 = breakpointRow("HJ633-2012", "SO2_1h");
    expect(so2.concentrations.slice(4)).toEqual([parseDecimal("800"), null, null, null]);
    expect(breakpointRow("HJ633-2012", "SO2_1h")).toBe(so2);
  });

  it("takes effect on the dates the README gives", () => {
    expect(AQI_STANDARD.editions["HJ633-2026"].effective).toBe("2026-03-01");
    expect(AQI_STANDARD.us_epa_2024.pm25_24h.truncate_input_to_decimals).toBe(1);
  });
});
