import { describe, expect, it } from "vitest";
import { climatologyForecast, hourOfDayMeans } from "./climatology";
import { FORECAST_HOURS, HOUR_MS } from "./station-history";

// 2026-06-01 00:00 Shanghai = 2026-05-31 16:00 UTC.
const START = Date.UTC(2026, 4, 31, 16);

function history(days: number, valueAt: (shanghaiHour: number, day: number) => number) {
  const hours = days * 24;
  const series = new Float64Array(hours);
  for (let i = 0; i < hours; i++) series[i] = valueAt(i % 24, Math.floor(i / 24));
  return { series, history: { startMs: START, hours } };
}

describe("climatology", () => {
  it("forecasts each hour by the mean of that Shanghai hour of day over the window", () => {
    const { series, history: h } = history(30, (hour, day) => hour * 10 + (day % 2));
    const issued = START + (30 * 24 - 1) * HOUR_MS; // 23:00 on the last day
    const forecast = climatologyForecast(series, h, issued)!;
    expect(forecast).toHaveLength(FORECAST_HOURS);
    // The first forecast hour is 00:00 Shanghai: days 2…29 alternate 0 and 1 → mean 0.5.
    expect(forecast[0]).toBeCloseTo(0.5);
    expect(forecast[14]).toBeCloseTo(140.5);
    expect(forecast[24]).toBeCloseTo(forecast[0]!);
  });

  it("never reads past the issue time", () => {
    const { series, history: h } = history(40, () => 20);
    const issued = START + 30 * 24 * HOUR_MS;
    const before = climatologyForecast(series, h, issued);
    series.fill(999, 30 * 24 + 1);
    expect(climatologyForecast(series, h, issued)).toEqual(before);
  });

  it("lets an hour with too few readings borrow the mean of all hours, and gives null without readings", () => {
    const { series, history: h } = history(28, (hour) => (hour === 5 ? Number.NaN : 40));
    series[5] = 100; // one reading of 05:00 only
    const means = hourOfDayMeans(series, h, START + (28 * 24 - 1) * HOUR_MS)!;
    expect(means[5]).toBeCloseTo((40 * 28 * 23 + 100) / (28 * 23 + 1), 6);
    expect(
      climatologyForecast(new Float64Array(48).fill(Number.NaN), { startMs: START, hours: 48 }, START),
    ).toBeNull();
  });
});
