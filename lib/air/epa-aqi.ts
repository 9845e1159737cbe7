import { type AqiBand, hexOf } from "./aqi-band";
import { AQI_STANDARD } from "./aqi-standard";
import {
  add,
  compare,
  divide,
  fromNumber,
  multiply,
  ratio,
  roundHalfUp,
  subtract,
  toNumber,
  truncate,
} from "./rational";

const PM25 = AQI_STANDARD.us_epa_2024.pm25_24h;
const SEGMENTS = PM25.segments.map((segment) => ({
  ...segment,
  low: fromNumber(segment.c_lo),
  high: fromNumber(segment.c_hi),
}));

// The EPA's Technical Assistance Document is in English only: these names are our translation, not the EPA's.
const CATEGORY_ZH: Record<string, string> = {
  Good: "好",
  Moderate: "中等",
  "Unhealthy for Sensitive Groups": "对敏感人群不健康",
  Unhealthy: "不健康",
  "Very Unhealthy": "非常不健康",
  Hazardous: "危险",
};

/**
 * US EPA AQI (2024) of a 24-h PM2.5 mean in µg/m³: the concentration truncated to 0.1, interpolated in its
 * segment and rounded to the nearest integer. Above the last segment it goes on along the Hazardous segment,
 * so it can exceed 500 (TAD 2024).
 */
export function epaPm25Aqi(value: number): { concentration: number; iaqi: number } {
  const concentration = truncate(fromNumber(value), PM25.truncate_input_to_decimals);
  const segment = SEGMENTS.find((s) => compare(concentration, s.high) <= 0) ?? SEGMENTS.at(-1);
  if (!segment) throw new Error("The US EPA PM2.5 table has no segments.");
  const slope = divide(ratio(BigInt(segment.i_hi - segment.i_lo)), subtract(segment.high, segment.low));
  const index = add(ratio(BigInt(segment.i_lo)), multiply(slope, subtract(concentration, segment.low)));
  return { concentration: toNumber(concentration), iaqi: Number(roundHalfUp(index)) };
}

/** The US EPA category of an AQI: level 1 (Good) to 6 (Hazardous), with the PM cautionary statement. */
export function epaBand(aqi: number): AqiBand {
  const found = SEGMENTS.findIndex((s) => aqi <= s.i_hi);
  const level = found === -1 ? SEGMENTS.length : found + 1;
  const segment = SEGMENTS[level - 1];
  if (!segment) throw new Error("The US EPA PM2.5 table has no segments.");
  const epa = AQI_STANDARD.us_epa_2024;
  const rgb = epa.colors.find((c) => c.category === segment.category)?.rgb;
  const advice = epa.pm_cautionary_summary.find((c) => c.category === segment.category)?.text;
  const zh = CATEGORY_ZH[segment.category];
  if (!rgb || !advice || !zh) throw new Error(`The US EPA table is incomplete for ${segment.category}.`);
  return {
    level,
    category: { zh, en: segment.category },
    colour: { hex: hexOf(rgb), rgb, name: null },
    healthEffect: null,
    advice: { zh: null, en: advice },
  };
}
