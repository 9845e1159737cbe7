import { describe, expect, it } from "vitest";
import { ForecastQuery } from "./forecast-read";

describe("ForecastQuery", () => {
  it.each([
    [{ station: "1223A" }, { station: "1223A" }],
    [
      { lat: "30.25", lng: "120.16" },
      { lat: 30.25, lng: 120.16 },
    ],
    [
      { station: "1223A", lang: "en" },
      { station: "1223A", lang: "en" },
    ],
  ])("accepts %j", (query, parsed) => {
    expect(ForecastQuery.parse(query)).toEqual(parsed);
  });

  it.each([
    [{}, "errors.air.stationOrPlace"],
    [{ station: "1223A", lat: "30", lng: "120" }, "errors.air.stationOrPlace"],
    [{ lat: "30.25" }, "errors.air.latAndLng"],
    [{ lat: "91", lng: "120" }, null],
    [{ lat: "", lng: "120" }, null],
    [{ station: "../etc" }, null],
    [{ station: "1223A", extra: "1" }, null],
  ])("refuses %j", (query, message) => {
    const result = ForecastQuery.safeParse(query);
    expect(result.success).toBe(false);
    if (message) expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
