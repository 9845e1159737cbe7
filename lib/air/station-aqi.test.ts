import { describe, expect, it } from "vitest";
import { computeAqi } from "./aqi";
import { stationAqi } from "./station-aqi";

const reading = {
  observedAt: "2026-12-07T06:00:00Z",
  pm25: 80,
  pm10: 120,
  so2: 10,
  no2: 40,
  co: 0.8,
  o3: 120,
};

describe("a station's real-time AQI", () => {
  it("is HJ 633-2026's real-time report of the six 1-h means, primary pollutant and level included", () => {
    const aqi = stationAqi(reading);
    const expected = computeAqi(
      { PM25_1h: 80, PM10_1h: 120, SO2_1h: 10, NO2_1h: 40, CO_1h: 0.8, O3_1h: 120 },
      { standard: "HJ633-2026", kind: "hourly" },
    );
    expect(aqi).toMatchObject({ standard: "HJ633-2026", value: expected.aqi, primary: ["PM25_1h"] });
    expect(aqi.value).toBeGreaterThan(100);
    expect(aqi.level).toBe(expected.band!.level);
    expect(aqi.category).toEqual({ zh: expected.band!.category.zh, en: expected.band!.category.en });
    expect(aqi.colour).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("uses the 2012 edition for an hour before 2026-03-01 (Beijing time), where PM2.5 80 is a lower index", () => {
    const before = stationAqi({ ...reading, observedAt: "2026-02-28T15:00:00Z" });
    const after = stationAqi({ ...reading, observedAt: "2026-02-28T16:00:00Z" });
    expect([before.standard, after.standard]).toEqual(["HJ633-2012", "HJ633-2026"]);
    expect(before.value!).toBeLessThan(after.value!);
  });

  it("withholds the index when a pollutant is missing and the rest say 100 or less, as HJ 633-2026 asks", () => {
    const clean = { ...reading, pm25: 20, pm10: 30, o3: 60 };
    expect(stationAqi(clean).value).not.toBeNull();
    const missing = stationAqi({ ...clean, no2: null });
    expect(missing).toMatchObject({ value: null, level: null, category: null, colour: null, primary: [] });
  });
});
