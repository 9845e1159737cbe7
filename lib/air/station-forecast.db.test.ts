import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordObservations } from "@/lib/citybrain/history/record";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import type { OpenDb } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import { createTestDb } from "@/lib/testing/test-db";
import { FORECAST_HOURS, HOUR_MS } from "./forecast/station-history";
import { forecastForPlace } from "./place-forecast";
import { stationAqi } from "./station-aqi";
import { stationForecast } from "./station-forecast";

// 2026-07-15 14:20 Shanghai: the history holds 30 days up to 14:00.
const NOW = new Date("2026-07-15T06:20:00Z");
const city = createSandboxCity({ seed: "air-forecast-test", now: () => NOW });
let opened: OpenDb;

beforeAll(async () => {
  opened = await createTestDb();
  const items = await city.history("air", { from: new Date(NOW.getTime() - 30 * 24 * HOUR_MS), to: NOW });
  await recordObservations(opened.db, "air", items);
}, 60_000);
afterAll(() => opened.close());

describe("stationForecast", () => {
  it("gives the last 72 observed hours, 72 forecast hours, three days and three periods", async () => {
    const answer = await stationForecast(opened.db, city, "1223A", NOW);
    expect(answer.place).toMatchObject({ kind: "station", id: "1223A", name: { zh: "滨江" } });
    expect(answer.issuedAt).toBe("2026-07-15T06:00:00.000Z");
    expect(answer.standard).toBe("HJ633-2026");
    expect(answer.past).toHaveLength(72);
    expect(answer.past.at(-1)!.at).toBe(answer.issuedAt);
    expect(answer.hours).toHaveLength(FORECAST_HOURS);
    expect(Date.parse(answer.hours[0]!.at)).toBe(Date.parse(answer.issuedAt) + HOUR_MS);
    expect(answer.days.map((d) => d.date)).toEqual(["2026-07-15", "2026-07-16", "2026-07-17"]);
    expect(answer.periods.map((p) => p.key)).toEqual(["tonight", "tomorrowMorning", "tomorrowAfternoon"]);
    expect(answer.periods[0]!.from).toBe("2026-07-15T10:00:00.000Z"); // 18:00 Shanghai
    for (const day of answer.days) expect(day.aqi).toBeGreaterThan(0);
    // Before a model is trained every pollutant with history is forecast by its recent hour-of-day means.
    expect(answer.methods).toEqual({
      pm25: "climatology",
      pm10: "climatology",
      o3: "climatology",
      no2: "climatology",
      so2: "climatology",
      co: "climatology",
    });
    expect(answer.model).toBeNull();
  });

  it("reads each observed hour's AQI as the station list does", async () => {
    const answer = await stationForecast(opened.db, city, "1223A", NOW);
    const now = answer.past.at(-1)!;
    const live = (await city.airQuality()).find((s) => s.stationCode === "1223A")!;
    expect(Date.parse(live.observedAt)).toBe(Date.parse(now.at));
    expect(now.values.pm25).toBe(live.pm25);
    expect(now.aqi).toBe(stationAqi(live).value);
    expect(now.category).toEqual(stationAqi(live).category);
  });

  it("refuses a station that does not exist", async () => {
    await expect(stationForecast(opened.db, city, "9999z", NOW)).rejects.toBeInstanceOf(AppError);
  });
});

describe("forecastForPlace", () => {
  it("blends the nearest stations and names them with their distances", async () => {
    // West Lake, between 西溪, 卧龙桥 and 朝晖五区.
    const answer = await forecastForPlace(opened.db, { lat: 30.2459, lng: 120.1497 }, NOW, city);
    expect(answer).not.toBeNull();
    if (answer?.place.kind !== "point") throw new Error("expected a point");
    expect(answer.place.stations.length).toBeGreaterThan(1);
    const weights = answer.place.stations.reduce((s, x) => s + x.weight, 0);
    expect(weights).toBeCloseTo(1, 6);
    const distances = answer.place.stations.map((s) => s.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(answer.hours).toHaveLength(FORECAST_HOURS);
    expect(answer.past.length).toBeGreaterThan(60);
  });

  it("is null far from every station", async () => {
    expect(await forecastForPlace(opened.db, { lat: 39.9, lng: 116.4 }, NOW, city)).toBeNull();
  });
});
