import type { AirForecastAnswer, AirHour } from "./types";

export const CHART_MEASURES = ["aqi", "pm25", "o3"] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];

export interface ChartSeries {
  /** Hours as Unix seconds (uPlot's x), past then forecast. */
  x: number[];
  /** Observed values; null over the forecast. */
  observed: (number | null)[];
  /** Forecast values; null over the past except "now", so the two lines meet. */
  forecast: (number | null)[];
  /** "Now": the last observed hour, Unix seconds. */
  now: number;
}

const measured = (hour: AirHour, measure: ChartMeasure) =>
  measure === "aqi" ? hour.aqi : hour.values[measure];

/** The chart's data for one measure: the observed 72 h and the forecast 72 h on one time axis. */
export function chartSeries(answer: AirForecastAnswer, measure: ChartMeasure): ChartSeries {
  const past = answer.past;
  const hours = [...past, ...answer.hours];
  const last = past.length - 1;
  return {
    x: hours.map((h) => Date.parse(h.at) / 1000),
    observed: hours.map((h, i) => (i <= last ? measured(h, measure) : null)),
    forecast: hours.map((h, i) => (i >= last ? measured(h, measure) : null)),
    now: Date.parse(answer.issuedAt) / 1000,
  };
}

/** The highest forecast AQI hour (the first of equals), for the chart's summary line; null when none is known. */
export function forecastPeak(hours: readonly AirHour[]): AirHour | null {
  let peak: AirHour | null = null;
  for (const hour of hours)
    if (hour.aqi !== null && (peak === null || hour.aqi > (peak.aqi ?? -1))) peak = hour;
  return peak;
}
