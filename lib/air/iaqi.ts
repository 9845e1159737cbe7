import { type BreakpointRow, breakpointRow, type Edition } from "./aqi-standard";
import {
  add,
  ceil,
  compare,
  divide,
  fromNumber,
  multiply,
  type Ratio,
  ratio,
  roundHalfEven,
  subtract,
  toNumber,
} from "./rational";
import {
  aboveRowRule,
  type Concentrations,
  inputDecimals,
  type PollutantKey,
  rowOf,
} from "./report-indicators";

/** The top of both editions' scale; neither defines an index above it. */
export const IAQI_CAP = 500;

/**
 * IAQI of a concentration on a row: linear between the adjacent breakpoints around it (formula 1), rounded up
 * to an integer. `null` above the row's last breakpoint.
 */
export function iaqiOnRow(row: BreakpointRow, concentration: Ratio): number | null {
  for (let i = 1; i < row.concentrations.length; i++) {
    const high = row.concentrations[i];
    const low = row.concentrations[i - 1];
    if (!high || !low) return null;
    if (compare(concentration, high) > 0) continue;
    const iaqiLow = ratio(BigInt(row.iaqi[i - 1] ?? 0));
    const iaqiHigh = ratio(BigInt(row.iaqi[i] ?? 0));
    const slope = divide(subtract(iaqiHigh, iaqiLow), subtract(high, low));
    return Number(ceil(add(iaqiLow, multiply(slope, subtract(concentration, low)))));
  }
  return null;
}

/** How an indicator's IAQI was found. */
export type IaqiBasis =
  | "breakpoints" // interpolated in its row
  | "capped" // above a row that reaches IAQI 500: 500, by convention (the standard defines nothing above)
  | "fixed" // HJ 633-2026 rule for SO2 1-h and O3 8-h above 800 µg/m³
  | "substituted"; // HJ 633-2012 rule: the IAQI of the other averaging (`from`)

export interface IndicatorIaqi {
  readonly key: PollutantKey;
  /** The concentration the index was computed from, after the edition's rounding. */
  readonly concentration: number;
  readonly iaqi: number;
  readonly basis: IaqiBasis;
  readonly from?: PollutantKey;
}

/** The concentration an edition computes with: HJ 633-2026 rounds it first (GB/T 8170). */
export function concentrationUsed(edition: Edition, key: PollutantKey, value: number): Ratio {
  const exact = fromNumber(value);
  const decimals = inputDecimals(edition, key);
  return decimals === null ? exact : roundHalfEven(exact, decimals);
}

/**
 * One indicator's IAQI under an edition, with the rules for concentrations above its row. `null` when it cannot
 * be given: the concentration is missing, or the 2012 rule sends it to an averaging that is missing.
 */
export function indicatorIaqi(
  edition: Edition,
  key: PollutantKey,
  concentrations: Concentrations,
): IndicatorIaqi | null {
  const value = concentrations[key];
  if (value === undefined) return null;
  const used = concentrationUsed(edition, key, value);
  const row = breakpointRow(edition, rowOf(key));
  const concentration = toNumber(used);
  const iaqi = iaqiOnRow(row, used);
  if (iaqi !== null) return { key, concentration, iaqi, basis: "breakpoints" };

  const rule = aboveRowRule(edition, key);
  if (!rule) {
    const topIndex = row.concentrations.filter((c) => c !== null).length - 1;
    if (row.iaqi[topIndex] !== IAQI_CAP) throw new Error(`No rule above the ${edition} ${row.key} row.`);
    return { key, concentration, iaqi: IAQI_CAP, basis: "capped" };
  }
  if ("fixed" in rule) return { key, concentration, iaqi: rule.fixed, basis: "fixed" };
  const other = indicatorIaqi(edition, rule.from, concentrations);
  return other && { key, concentration, iaqi: other.iaqi, basis: "substituted", from: rule.from };
}
