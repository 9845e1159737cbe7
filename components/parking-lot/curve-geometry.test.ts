import { describe, expect, it } from "vitest";
import { curveFacts, curveGeometry, minuteOfDay } from "./curve-geometry";

const point = (at: string, available: number) => ({ at, available, total: 100 });

describe("today's curve", () => {
  it("places readings by minute of the Hangzhou day", () => {
    expect(minuteOfDay(new Date("2026-11-23T16:00:00Z"))).toBe(0);
    expect(minuteOfDay(new Date("2026-11-24T04:30:00Z"))).toBe(12 * 60 + 30);
  });

  it("draws free spaces high when the car park is empty, and forecasts beside the last reading", () => {
    const points = [point("2026-11-23T16:00:00Z", 100), point("2026-11-24T04:00:00Z", 25)];
    const prediction = {
      horizons: [
        { minutes: 15 as const, available: 20, low: 10, high: 30 },
        { minutes: 60 as const, available: 10, low: 0, high: 20 },
      ],
      basis: { observedAt: "2026-11-24T04:00:00Z", intervalCoverage: 0.8 },
    };
    const { polyline, forecasts } = curveGeometry(points, prediction);
    expect(polyline).toBe("0.0,0.0 160.0,90.0");
    expect(forecasts.map((f) => f.minutes)).toEqual([15, 60]);
    expect(forecasts[0]!.cx).toBeGreaterThan(160);
    expect(forecasts[1]!.top).toBeLessThan(forecasts[1]!.bottom);
  });

  it("leaves out forecasts that fall after midnight", () => {
    const late = [point("2026-11-24T15:30:00Z", 50)]; // 23:30 in Hangzhou
    const prediction = {
      horizons: [
        { minutes: 15 as const, available: 50, low: 40, high: 60 },
        { minutes: 60 as const, available: 55, low: 45, high: 65 },
      ],
      basis: { observedAt: "2026-11-24T15:30:00Z", intervalCoverage: 0.8 },
    };
    expect(curveGeometry(late, prediction).forecasts.map((f) => f.minutes)).toEqual([15]);
  });

  it("tells the fewest free spaces so far", () => {
    const facts = curveFacts([point("a", 5), point("b", 2), point("c", 9)]);
    expect(facts).toEqual({ now: point("c", 9), fewest: point("b", 2) });
    expect(curveFacts([])).toBeNull();
  });
});
