import { describe, expect, it } from "vitest";
import { airForecastUrl, airStationsUrl, roundedPoint } from "./air-urls";

describe("air URLs", () => {
  it("rounds a position to about 100 m before it is sent", () => {
    const point = roundedPoint(30.274_349, 120.155_071);
    expect(point).toEqual({ kind: "point", lat: 30.274, lng: 120.155 });
    expect(airForecastUrl(point)).toBe("/api/air/forecast?lat=30.274&lng=120.155");
    // Two people a few metres apart share one answer.
    expect(airForecastUrl(roundedPoint(30.27412, 120.15488))).toBe(airForecastUrl(point));
  });

  it("names a station and a language", () => {
    expect(airForecastUrl({ kind: "station", id: "hz binjiang" })).toBe(
      "/api/air/forecast?station=hz%20binjiang",
    );
    expect(airStationsUrl("en")).toBe("/api/air/stations?lang=en");
  });
});
