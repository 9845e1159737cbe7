import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromShanghai } from "@/lib/time";
import { relativeHumidity } from "./air-feed";
import { decodeSeries, replayIndex } from "./air-replay";
import { sandboxData } from "./data-schema";
import { createSandboxCity } from "./index";

const stationAt = async (code: string, date: string, time: string) => {
  const instant = fromShanghai(date, time);
  const city = createSandboxCity({ seed: "hangzhou", now: () => instant });
  return (await city.airQuality()).find((s) => s.stationCode === code);
};

describe("sandbox air", () => {
  it("replays the same month, day and hour (Hangzhou clock) of the Beijing source year", () => {
    expect(replayIndex(fromShanghai("2026-01-01", "00:00").getTime())).toBe(0);
    expect(replayIndex(fromShanghai("2026-07-15", "14:00").getTime())).toBe((196 - 1) * 24 + 14);
    expect(replayIndex(fromShanghai("2028-02-29", "10:00").getTime())).toBe(
      replayIndex(fromShanghai("2026-02-28", "10:00").getTime()),
    );
    expect(replayIndex(fromShanghai("2026-12-31", "23:00").getTime())).toBe(365 * 24 - 1);
  });

  it("stores the source values: Dongsi, 2016-07-15 14:00 — PM2.5 38, NO2 35, CO 900 µg/m³, O3 86", () => {
    // Row 29583 of PRSA_Data_Dongsi_20130301-20170228.csv: 38,38,2,35,900,86, 22.5 °C, 999.5 hPa, dew 19.1, E, 1.9 m/s
    const dongsi = sandboxData().air.sites.Dongsi;
    const index = replayIndex(fromShanghai("2026-07-15", "14:00").getTime());
    expect(dongsi && decodeSeries(dongsi.pm25)[index]).toBe(38);
    expect(dongsi && decodeSeries(dongsi.no2)[index]).toBe(35);
    expect(dongsi && decodeSeries(dongsi.co)[index]).toBe(9); // tenths of mg/m³
    expect(dongsi && decodeSeries(dongsi.o3)[index]).toBe(86);
  });

  it("serves that hour at 1228A (replays Dongsi), rescaled toward Hangzhou's level, with the weather as measured", async () => {
    const reading = await stationAt("1228A", "2026-07-15", "14:40");
    const { rescale } = sandboxData().air;
    expect(reading?.observedAt).toBe("2026-07-15T06:00:00.000Z");
    const pm25 = 38 * rescale.pm25.factor;
    expect(reading?.pm25).toBeGreaterThanOrEqual(Math.floor(pm25 * 0.95));
    expect(reading?.pm25).toBeLessThanOrEqual(Math.ceil(pm25 * 1.05));
    expect(reading?.o3).toBeGreaterThanOrEqual(Math.floor(86 * 0.95));
    expect(reading?.o3).toBeLessThanOrEqual(Math.ceil(86 * 1.05));
    expect(reading).toMatchObject({
      temperature: 22.5,
      atmosphericPressure: 999.5,
      windSpeed: 1.9,
      windDirection: 90,
      precipitation: 0,
      relativeHumidity: relativeHumidity(22.5, 19.1),
    });
    expect(reading?.relativeHumidity).toBeCloseTo(0.81, 2);
  });

  it("keeps the source's bad days bad: Dongsi's 513 µg/m³ on New Year's Eve 2016 stays severe", async () => {
    const reading = await stationAt("1228A", "2026-12-31", "23:10");
    expect(reading?.pm25).toBeGreaterThan(150);
  });

  it("rescales PM2.5 to Hangzhou's annual mean of 30 µg/m³ across the stations", async () => {
    const city = createSandboxCity({ seed: "hangzhou", now: () => new Date() });
    const year = await city.history("air", {
      from: fromShanghai("2026-01-01", "00:00"),
      to: fromShanghai("2027-01-01", "00:00"),
      entityIds: [
        "urn:ngsi-ld:AirQualityObserved:hangzhou:1229A",
        "urn:ngsi-ld:AirQualityObserved:hangzhou:1223A",
      ],
    });
    const values = year.map((a) => a.pm25).filter((v): v is number => v !== null);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(25);
    expect(mean).toBeLessThan(40);
    expect(values.length / year.length).toBeGreaterThan(0.95);
  });

  it("covers every station of hangzhou-stations.json", async () => {
    const stations = await createSandboxCity({ seed: "x", now: () => new Date() }).airQuality();
    expect(stations.map((s) => s.stationCode).sort()).toEqual([
      "1223A",
      "1224A",
      "1225A",
      "1226A",
      "1227A",
      "1228A",
      "1229A",
      "1230A",
      "1231A",
      "1232A",
      "1233A",
      "3557A",
      "3558A",
      "3656A",
    ]);
  });

  const sourceFile = path.resolve(
    import.meta.dirname,
    "../../../../shared/data/air/beijing-multisite/PRSA_Data_Dongsi_20130301-20170228.csv.gz",
  );
  it.skipIf(!existsSync(sourceFile))(
    "matches the source file itself for a winter hour (2017-01-20 08:00)",
    async () => {
      const { gunzipSync } = await import("node:zlib");
      const { readFileSync } = await import("node:fs");
      const line = gunzipSync(readFileSync(sourceFile))
        .toString("utf8")
        .split(/\r?\n/)
        .find((l) => /^\d+,2017,1,20,8,/.test(l));
      const pm10 = Number(line?.split(",")[6]);
      const dongsi = sandboxData().air.sites.Dongsi;
      expect(
        dongsi && decodeSeries(dongsi.pm10)[replayIndex(fromShanghai("2026-01-20", "08:00").getTime())],
      ).toBe(pm10);
    },
  );
});
