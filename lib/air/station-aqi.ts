import { computeAqi } from "./aqi";
import type { Edition } from "./aqi-standard";
import { editionInForce } from "./edition-in-force";
import type { Concentrations, PollutantKey } from "./report-indicators";

/** One station's latest hourly means as the city feed gives them (µg/m³; CO in mg/m³; null: not measured). */
export interface HourlyReading {
  observedAt: string;
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  co: number | null;
  o3: number | null;
}

/** A station's real-time AQI as the public answer carries it: the same for every reader, both languages. */
export interface StationAqi {
  /** The edition in force at the reading's hour. */
  standard: Edition;
  /** `null` when the standard withholds it (a pollutant missing and the AQI would be 100 or less). */
  value: number | null;
  level: number | null;
  category: { zh: string; en: string } | null;
  colour: string | null;
  primary: PollutantKey[];
}

/**
 * The real-time (hourly) AQI of a station's latest reading: HJ 633's real-time report from the six 1-h means,
 * with the edition in force at that hour (2026 from 2026-03-01, else 2012).
 */
export function stationAqi(reading: HourlyReading): StationAqi {
  const standard = editionInForce(new Date(reading.observedAt));
  const given: Concentrations = {};
  const put = (key: PollutantKey, value: number | null) => {
    if (value !== null) given[key] = value;
  };
  put("PM25_1h", reading.pm25);
  put("PM10_1h", reading.pm10);
  put("SO2_1h", reading.so2);
  put("NO2_1h", reading.no2);
  put("CO_1h", reading.co);
  put("O3_1h", reading.o3);
  const report = computeAqi(given, { standard, kind: "hourly" });
  return {
    standard,
    value: report.aqi,
    level: report.band?.level ?? null,
    category: report.band ? { ...report.band.category } : null,
    colour: report.band?.colour.hex ?? null,
    primary: report.primary,
  };
}
