import { describe, expect, it } from "vitest";
import { computeAqi } from "./aqi";
import { hj633Band } from "./aqi-band";
import { EDITIONS } from "./aqi-standard";
import type { Concentrations } from "./report-indicators";

const EXAMPLE = {
  PM25_24h: 80,
  PM10_24h: 120,
  SO2_24h: 10,
  NO2_24h: 40,
  CO_24h: 0.8,
  O3_8h: 100,
  O3_1h: 120,
};
const CLEAN_DAY = { SO2_24h: 5, NO2_24h: 20, CO_24h: 0.5, PM10_24h: 30, PM25_24h: 20, O3_8h: 60, O3_1h: 80 };
const CLEAN_HOUR = { SO2_1h: 5, NO2_1h: 20, CO_1h: 0.5, O3_1h: 80, O3_8h: 60, PM10_1h: 30, PM25_1h: 20 };

describe("the AQI of a daily report", () => {
  it("HJ633-2026 (the default): six indicators, the largest IAQI, its level and what the standard says", () => {
    const report = computeAqi(EXAMPLE);
    expect(report).toMatchObject({
      standard: "HJ633-2026",
      kind: "daily",
      aqi: 119,
      primary: ["PM25_24h"],
      iaqi: { SO2_24h: 10, NO2_24h: 50, CO_24h: 20, PM10_24h: 100, PM25_24h: 119, O3_8h: 50 },
      missing: [],
      ignored: ["O3_1h"],
    });
    expect(report.band).toMatchObject({
      level: 3,
      category: { zh: "轻度污染", en: "Lightly polluted" },
      colour: { hex: "#FF7E00", rgb: [255, 126, 0], name: { zh: "橙色", en: "orange" } },
      healthEffect: { zh: "敏感人群症状有轻度加剧，健康人群出现刺激症状" },
      advice: { zh: "青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼" },
    });
    expect(report.sensitiveGroups.map((g) => g.pollutant)).toEqual(["PM10/PM25"]);
  });

  it("HJ633-2012: seven indicators (O3 daily max 1-h too), the 2012 PM rows and the 2012 texts", () => {
    const report = computeAqi(EXAMPLE, { standard: "HJ633-2012" });
    expect(report).toMatchObject({
      aqi: 107,
      primary: ["PM25_24h"],
      iaqi: { SO2_24h: 10, NO2_24h: 50, PM10_24h: 85, PM25_24h: 107, CO_24h: 20, O3_1h: 38, O3_8h: 50 },
      ignored: [],
      sensitiveGroups: [],
    });
    expect(report.band?.advice.zh).toBe(
      "儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼",
    );
  });

  it("ignores the keys a report does not use", () => {
    const everything = { ...CLEAN_DAY, ...CLEAN_HOUR };
    expect(computeAqi(everything).ignored).toEqual([
      "SO2_1h",
      "NO2_1h",
      "CO_1h",
      "O3_1h",
      "PM10_1h",
      "PM25_1h",
    ]);
    expect(computeAqi(everything, { standard: "HJ633-2012" }).ignored).toEqual([
      "SO2_1h",
      "NO2_1h",
      "CO_1h",
      "PM10_1h",
      "PM25_1h",
    ]);
  });
});

describe("the AQI of an hourly report", () => {
  it("HJ633-2026: the six 1-h means, PM against the daily rows", () => {
    const report = computeAqi({ ...CLEAN_HOUR, PM25_1h: 80, SO2_24h: 10 }, { kind: "hourly" });
    expect(report).toMatchObject({
      aqi: 119,
      primary: ["PM25_1h"],
      iaqi: { SO2_1h: 2, NO2_1h: 10, CO_1h: 5, O3_1h: 25, PM10_1h: 30, PM25_1h: 119 },
      ignored: ["SO2_24h", "O3_8h"],
    });
  });

  it("HJ633-2012: the 1-h means and O3's 8-h moving mean; SO2 24-h only as the fallback above 800", () => {
    const calm = computeAqi(
      { ...CLEAN_HOUR, SO2_24h: 300, PM25_24h: 90 },
      { standard: "HJ633-2012", kind: "hourly" },
    );
    expect(Object.keys(calm.iaqi)).toEqual([
      "SO2_1h",
      "NO2_1h",
      "PM10_1h",
      "PM25_1h",
      "CO_1h",
      "O3_1h",
      "O3_8h",
    ]);
    expect(calm.ignored).toEqual(["SO2_24h", "PM25_24h"]);

    const spike = computeAqi(
      { ...CLEAN_HOUR, SO2_1h: 900, SO2_24h: 300 },
      { standard: "HJ633-2012", kind: "hourly" },
    );
    expect(spike).toMatchObject({ aqi: 124, primary: ["SO2_1h"], ignored: [] });
    expect(spike.indicators.find((i) => i.key === "SO2_1h")).toMatchObject({
      basis: "substituted",
      from: "SO2_24h",
    });
  });

  it("HJ633-2026 puts SO2 1-h above 800 at 200", () => {
    expect(computeAqi({ ...CLEAN_HOUR, SO2_1h: 900 }, { kind: "hourly" })).toMatchObject({
      aqi: 200,
      primary: ["SO2_1h"],
      band: { level: 4 },
    });
  });
});

describe("primary pollutants", () => {
  it("are named only when the AQI is above 50", () => {
    expect(computeAqi({ ...CLEAN_DAY, PM25_24h: 35 }).primary).toEqual([]); // AQI 50
    expect(computeAqi({ ...CLEAN_DAY, SO2_24h: 51 })).toMatchObject({ aqi: 51, primary: ["SO2_24h"] });
  });

  it("are all the indicators that tie for the largest IAQI", () => {
    expect(computeAqi({ ...CLEAN_DAY, PM25_24h: 60, PM10_24h: 120 })).toMatchObject({
      aqi: 100,
      primary: ["PM10_24h", "PM25_24h"],
    });
    expect(computeAqi({ ...CLEAN_DAY, O3_1h: 200, O3_8h: 160 }, { standard: "HJ633-2012" }).primary).toEqual([
      "O3_1h",
      "O3_8h",
    ]);
  });

  it("follow the 2012 O3 rule: above 800 the 8-h indicator carries the 1-h IAQI, so both are primary", () => {
    const report = computeAqi({ ...CLEAN_DAY, O3_8h: 850, O3_1h: 900 }, { standard: "HJ633-2012" });
    expect(report).toMatchObject({ aqi: 350, primary: ["O3_1h", "O3_8h"], band: { level: 6 } });
    expect(computeAqi({ ...CLEAN_DAY, O3_8h: 850 })).toMatchObject({ aqi: 300, primary: ["O3_8h"] });
  });
});

describe("missing pollutants", () => {
  const withoutCo: Concentrations = { ...CLEAN_DAY, CO_24h: undefined };

  it("HJ633-2026 withholds an AQI of 100 or less, and still gives the individual IAQIs", () => {
    const report = computeAqi({ ...withoutCo, PM25_24h: 60 });
    expect(report).toMatchObject({
      aqi: null,
      band: null,
      primary: [],
      sensitiveGroups: [],
      missing: ["CO_24h"],
    });
    expect(report.iaqi).toMatchObject({ PM25_24h: 100, SO2_24h: 5 });
    expect(report.iaqi).not.toHaveProperty("CO_24h");
  });

  it("HJ633-2026 publishes an AQI above 100 computed from the others", () => {
    expect(computeAqi({ ...withoutCo, PM25_24h: 61 })).toMatchObject({
      aqi: 101,
      primary: ["PM25_24h"],
      band: { level: 3 },
      missing: ["CO_24h"],
    });
  });

  it("HJ633-2026 does not withhold it for a pollutant not monitored by design (s.5.3)", () => {
    expect(computeAqi(withoutCo, { notMonitored: ["CO_24h"] })).toMatchObject({
      aqi: 30,
      missing: ["CO_24h"],
    });
  });

  it("HJ633-2026 counts a 1-h report's missing pollutant the same way", () => {
    expect(computeAqi({ PM25_1h: 20 }, { kind: "hourly" }).aqi).toBeNull();
    expect(computeAqi({ PM25_1h: 200 }, { kind: "hourly" }).aqi).toBe(250);
  });

  it("HJ633-2012 computes the AQI from the indicators it has", () => {
    expect(computeAqi(withoutCo, { standard: "HJ633-2012" })).toMatchObject({ aqi: 30, missing: ["CO_24h"] });
  });

  it("HJ633-2012 counts an indicator it cannot compute (its fallback missing) as missing, not ignored", () => {
    const report = computeAqi({ ...CLEAN_HOUR, SO2_1h: 900 }, { standard: "HJ633-2012", kind: "hourly" });
    expect(report).toMatchObject({ aqi: 30, missing: ["SO2_1h"], ignored: [] });
  });

  it.each(EDITIONS)("%s gives no AQI without any indicator", (standard) => {
    expect(computeAqi({ SO2_1h: 10 }, { standard })).toMatchObject({
      aqi: null,
      band: null,
      iaqi: {},
      ignored: ["SO2_1h"],
    });
  });
});

describe("levels", () => {
  it.each(
    EDITIONS.flatMap(
      (edition) =>
        [
          [edition, 0, 1, "优"],
          [edition, 50, 1, "优"],
          [edition, 51, 2, "良"],
          [edition, 100, 2, "良"],
          [edition, 101, 3, "轻度污染"],
          [edition, 150, 3, "轻度污染"],
          [edition, 151, 4, "中度污染"],
          [edition, 200, 4, "中度污染"],
          [edition, 201, 5, "重度污染"],
          [edition, 300, 5, "重度污染"],
          [edition, 301, 6, "严重污染"],
          [edition, 500, 6, "严重污染"],
        ] as const,
    ),
  )("%s AQI %i is level %i (%s)", (edition, aqi, level, category) => {
    expect(hj633Band(edition, aqi)).toMatchObject({ level, category: { zh: category } });
  });

  it("shows an all-zero day as 优, green", () => {
    expect(
      computeAqi({ SO2_24h: 0, NO2_24h: 0, CO_24h: 0, PM10_24h: 0, PM25_24h: 0, O3_8h: 0 }),
    ).toMatchObject({
      aqi: 0,
      primary: [],
      band: { level: 1, category: { zh: "优" }, colour: { hex: "#00E400" } },
    });
  });

  it("colours level 5 China's purple and level 6 maroon", () => {
    expect(hj633Band("HJ633-2026", 250).colour).toMatchObject({ hex: "#99004C", rgb: [153, 0, 76] });
    expect(hj633Band("HJ633-2026", 301).colour).toMatchObject({ hex: "#7E0023", name: { zh: "褐红色" } });
  });
});

describe("sensitive groups (HJ 633-2026 Table 2)", () => {
  it("names the groups of each pollutant above IAQI 100, once", () => {
    const report = computeAqi({ ...CLEAN_DAY, O3_8h: 200, PM25_24h: 100, PM10_24h: 200 });
    expect(report.sensitiveGroups.map((g) => g.pollutant)).toEqual(["PM10/PM25", "O3"]);
    expect(report.sensitiveGroups[1]?.zh).toContain("户外活动频繁的人");
    expect(computeAqi({ ...CLEAN_DAY, PM25_24h: 60 }).sensitiveGroups).toEqual([]);
  });
});

describe("the US EPA scale", () => {
  it("computes PM2.5 24-h only and lists the rest as ignored", () => {
    const report = computeAqi(EXAMPLE, { standard: "EPA-2024" });
    expect(report).toMatchObject({
      aqi: 168,
      primary: ["PM25_24h"],
      iaqi: { PM25_24h: 168 },
      missing: [],
      ignored: ["SO2_24h", "NO2_24h", "CO_24h", "O3_1h", "O3_8h", "PM10_24h"],
      band: { level: 4, category: { en: "Unhealthy" } },
    });
    expect(report.sensitiveGroups[0]?.en).toContain("People with heart or lung disease");
  });

  it("has no AQI without PM2.5 24-h, and no hourly report", () => {
    expect(computeAqi({ PM10_24h: 50 }, { standard: "EPA-2024" })).toMatchObject({
      aqi: null,
      missing: ["PM25_24h"],
      ignored: ["PM10_24h"],
    });
    expect(() => computeAqi(EXAMPLE, { standard: "EPA-2024", kind: "hourly" })).toThrow(RangeError);
  });
});
