import { AQI_STANDARD } from "./aqi-standard";
import type { IndicatorIaqi } from "./iaqi";
import { pollutantOf } from "./report-indicators";

export interface SensitiveGroup {
  readonly pollutant: string;
  /** `null` where the source is English only (US EPA). */
  readonly zh: string | null;
  readonly en: string;
}

/** HJ 633-2026 Table 2: the groups to address for each pollutant whose IAQI is above 100. */
export function hj633SensitiveGroups(indicators: readonly IndicatorIaqi[]): SensitiveGroup[] {
  const table = AQI_STANDARD.editions["HJ633-2026"].sensitive_groups ?? [];
  const groups: SensitiveGroup[] = [];
  for (const indicator of indicators) {
    if (indicator.iaqi <= 100) continue;
    const pollutant = pollutantOf(indicator.key);
    const entry = table.find((row) => row.pollutant.split("/").includes(pollutant));
    if (entry && !groups.includes(entry)) groups.push(entry);
  }
  return groups;
}

/** The EPA's sensitive groups for particle pollution once the AQI is above 100 (TAD 2024 Table 4). */
export function epaSensitiveGroups(aqi: number): SensitiveGroup[] {
  if (aqi <= 100) return [];
  return [{ pollutant: "PM25", zh: null, en: AQI_STANDARD.us_epa_2024.pm_sensitive_groups }];
}
