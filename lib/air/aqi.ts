import { type AqiBand, hj633Band } from "./aqi-band";
import type { Edition } from "./aqi-standard";
import { epaBand, epaPm25Aqi } from "./epa-aqi";
import { type IndicatorIaqi, indicatorIaqi } from "./iaqi";
import {
  type Concentrations,
  indicatorsOf,
  POLLUTANT_KEYS,
  type PollutantKey,
  type ReportKind,
} from "./report-indicators";
import { epaSensitiveGroups, hj633SensitiveGroups, type SensitiveGroup } from "./sensitive-groups";

export const AQI_STANDARDS = ["HJ633-2026", "HJ633-2012", "EPA-2024"] as const;
/** An HJ 633 edition, or the US EPA AQI (2024) for visitors. */
export type AqiStandard = (typeof AQI_STANDARDS)[number];

export interface AqiOptions {
  /** Default HJ 633-2026; use `editionInForce` for data from before 2026-03-01. */
  readonly standard?: AqiStandard;
  /** Default daily. The US EPA scale here is daily only (hourly would need NowCast). */
  readonly kind?: ReportKind;
  /**
   * HJ 633-2026 s.5.3: indicators not monitored by design that have not been the primary pollutant of a lightly
   * or worse polluted period in the past three years. Their absence does not withhold the AQI.
   */
  readonly notMonitored?: readonly PollutantKey[];
}

export interface AqiReport {
  readonly standard: AqiStandard;
  readonly kind: ReportKind;
  /** `null`: nothing to compute from, or HJ 633-2026 withholds it (a pollutant missing and AQI ≤ 100). */
  readonly aqi: number | null;
  readonly band: AqiBand | null;
  /** Indicators whose IAQI is the AQI, when the AQI is above 50; ties are all primary. */
  readonly primary: PollutantKey[];
  readonly sensitiveGroups: SensitiveGroup[];
  readonly indicators: IndicatorIaqi[];
  readonly iaqi: Partial<Record<PollutantKey, number>>;
  /** Indicators of this report that could not be computed. */
  readonly missing: PollutantKey[];
  /** Given keys this report does not use. */
  readonly ignored: PollutantKey[];
}

/** Whether a standard has a report of this kind. */
export function supportsKind(standard: AqiStandard, kind: ReportKind): boolean {
  return standard !== "EPA-2024" || kind === "daily";
}

function epaIndicators(concentrations: Concentrations) {
  const value = concentrations.PM25_24h;
  if (value === undefined) return { indicators: [], missing: ["PM25_24h" as const] };
  return {
    indicators: [{ key: "PM25_24h" as const, ...epaPm25Aqi(value), basis: "breakpoints" as const }],
    missing: [],
  };
}

function hj633Indicators(edition: Edition, kind: ReportKind, concentrations: Concentrations) {
  const indicators: IndicatorIaqi[] = [];
  const missing: PollutantKey[] = [];
  for (const key of indicatorsOf(edition, kind)) {
    const found = indicatorIaqi(edition, key, concentrations);
    if (found) indicators.push(found);
    else missing.push(key);
  }
  return { indicators, missing };
}

// HJ 633-2012 has no table of sensitive groups; its advice names them per level.
function sensitiveGroupsOf(standard: AqiStandard, aqi: number, indicators: IndicatorIaqi[]) {
  if (standard === "EPA-2024") return epaSensitiveGroups(aqi);
  return standard === "HJ633-2026" ? hj633SensitiveGroups(indicators) : [];
}

/** The AQI of a report (daily or hourly) with its IAQIs, primary pollutants, level, colour and advice. */
export function computeAqi(concentrations: Concentrations, options: AqiOptions = {}): AqiReport {
  const standard = options.standard ?? "HJ633-2026";
  const kind = options.kind ?? "daily";
  if (!supportsKind(standard, kind)) throw new RangeError(`${standard} has no ${kind} report.`);

  const { indicators, missing }: { indicators: IndicatorIaqi[]; missing: PollutantKey[] } =
    standard === "EPA-2024" ? epaIndicators(concentrations) : hj633Indicators(standard, kind, concentrations);

  // A given key the report could not compute from (2012: its fallback missing) is missing, not ignored.
  const used = new Set<PollutantKey>(indicators.flatMap((i) => (i.from ? [i.key, i.from] : [i.key])));
  for (const key of missing) used.add(key);
  const ignored = POLLUTANT_KEYS.filter((key) => concentrations[key] !== undefined && !used.has(key));

  const highest = indicators.length > 0 ? Math.max(...indicators.map((i) => i.iaqi)) : null;
  const unexcused = missing.filter((key) => !options.notMonitored?.includes(key));
  const withheld = standard === "HJ633-2026" && unexcused.length > 0 && highest !== null && highest <= 100;
  const aqi = withheld ? null : highest;

  return {
    standard,
    kind,
    aqi,
    band: aqi === null ? null : standard === "EPA-2024" ? epaBand(aqi) : hj633Band(standard, aqi),
    primary: aqi !== null && aqi > 50 ? indicators.filter((i) => i.iaqi === aqi).map((i) => i.key) : [],
    sensitiveGroups: aqi === null ? [] : sensitiveGroupsOf(standard, aqi, indicators),
    indicators,
    iaqi: Object.fromEntries(indicators.map((i) => [i.key, i.iaqi])),
    missing,
    ignored,
  };
}
