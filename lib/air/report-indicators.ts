import type { BreakpointKey, Edition } from "./aqi-standard";

/** The concentrations a caller may give: `<POLLUTANT>_<averaging>`, µg/m³ except CO in mg/m³. */
export const POLLUTANT_KEYS = [
  "SO2_24h",
  "SO2_1h",
  "NO2_24h",
  "NO2_1h",
  "CO_24h",
  "CO_1h",
  "O3_1h",
  "O3_8h",
  "PM10_24h",
  "PM10_1h",
  "PM25_24h",
  "PM25_1h",
] as const;
export type PollutantKey = (typeof POLLUTANT_KEYS)[number];

export const REPORT_KINDS = ["daily", "hourly"] as const;
/** Daily report (日报: 24-h means, O3 daily maxima) or real-time report (实时报: hourly). */
export type ReportKind = (typeof REPORT_KINDS)[number];

export type Concentrations = Partial<Record<PollutantKey, number>>;

// Table 1 and s.5.1 of HJ 633-2012, s.4.2 and Table 3 of HJ 633-2026 (see the file's `rules`).
// 2012 hourly: the text lists the 1-h means, O3's 8-h moving mean and PM's 24-h moving means; since 2014 the
// national platform takes PM's IAQI from the 1-h value instead (the 2026 edition writes that down), so the PM
// 24-h moving means are not indicators here.
const INDICATORS: Record<Edition, Record<ReportKind, readonly PollutantKey[]>> = {
  "HJ633-2012": {
    daily: ["SO2_24h", "NO2_24h", "PM10_24h", "PM25_24h", "CO_24h", "O3_1h", "O3_8h"],
    hourly: ["SO2_1h", "NO2_1h", "PM10_1h", "PM25_1h", "CO_1h", "O3_1h", "O3_8h"],
  },
  "HJ633-2026": {
    daily: ["SO2_24h", "NO2_24h", "CO_24h", "PM10_24h", "PM25_24h", "O3_8h"],
    hourly: ["SO2_1h", "NO2_1h", "CO_1h", "O3_1h", "PM10_1h", "PM25_1h"],
  },
};

/** The indicators an edition's report of this kind is computed from, in the standard's order. */
export function indicatorsOf(edition: Edition, kind: ReportKind): readonly PollutantKey[] {
  return INDICATORS[edition][kind];
}

/** The breakpoint row a key is read against: 1-h PM has none of its own and uses the daily row. */
export function rowOf(key: PollutantKey): BreakpointKey {
  if (key === "PM10_1h") return "PM10_24h";
  if (key === "PM25_1h") return "PM25_24h";
  return key;
}

/** The pollutant a key measures (SO2, NO2, CO, O3, PM10, PM25). */
export function pollutantOf(key: PollutantKey): string {
  return key.slice(0, key.indexOf("_"));
}

/**
 * What happens above the last breakpoint of a row that stops below IAQI 500. 2012: that indicator's IAQI is
 * the IAQI of another averaging (Table 1 notes 2 and 3). 2026: a fixed IAQI (Table 3 notes b and c).
 */
export type AboveRowRule = { readonly fixed: number } | { readonly from: PollutantKey };

const ABOVE_ROW: Record<Edition, Partial<Record<PollutantKey, AboveRowRule>>> = {
  "HJ633-2012": { SO2_1h: { from: "SO2_24h" }, O3_8h: { from: "O3_1h" } },
  "HJ633-2026": { SO2_1h: { fixed: 200 }, O3_8h: { fixed: 300 } },
};

export function aboveRowRule(edition: Edition, key: PollutantKey): AboveRowRule | undefined {
  return ABOVE_ROW[edition][key];
}

/**
 * Decimals a concentration is rounded to (GB/T 8170) before its IAQI: HJ 633-2026 s.4.2.2 — integers in µg/m³,
 * CO to 0.1 mg/m³. HJ 633-2012 says nothing, so its concentrations are used as given.
 */
export function inputDecimals(edition: Edition, key: PollutantKey): number | null {
  if (edition === "HJ633-2012") return null;
  return pollutantOf(key) === "CO" ? 1 : 0;
}
