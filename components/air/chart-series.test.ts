import { describe, expect, it } from "vitest";
import { chartSeries, forecastPeak } from "./chart-series";
import type { AirForecastAnswer, AirHour } from "./types";

const hour = (at: string, aqi: number | null, pm25: number | null = null): AirHour => ({
  at,
  aqi,
  level: null,
  category: null,
  colour: null,
  primary: [],
  values: { pm25, pm10: null, o3: null, no2: null, so2: null, co: null },
});

const answer = {
  issuedAt: "2026-12-07T10:00:00Z",
  past: [hour("2026-12-07T09:00:00Z", 40, 20), hour("2026-12-07T10:00:00Z", 60, 30)],
  hours: [
    hour("2026-12-07T11:00:00Z", 80, 50),
    hour("2026-12-07T12:00:00Z", 80, 55),
    hour("2026-12-07T13:00:00Z", null),
  ],
} as unknown as AirForecastAnswer;

describe("chartSeries", () => {
  it("puts the observed and forecast hours on one axis, meeting at now", () => {
    const series = chartSeries(answer, "aqi");
    expect(series.x).toHaveLength(5);
    expect(series.x[1]).toBe(series.now);
    expect(series.observed).toEqual([40, 60, null, null, null]);
    expect(series.forecast).toEqual([null, 60, 80, 80, null]);
    expect(chartSeries(answer, "pm25").forecast).toEqual([null, 30, 50, 55, null]);
  });

  it("finds the first highest forecast hour", () => {
    expect(forecastPeak(answer.hours)?.at).toBe("2026-12-07T11:00:00Z");
    expect(forecastPeak([hour("2026-12-07T11:00:00Z", null)])).toBeNull();
  });
});
