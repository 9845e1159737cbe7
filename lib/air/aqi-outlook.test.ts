import { describe, expect, it } from "vitest";
import { fromShanghai } from "@/lib/time";
import { computeAqi } from "./aqi";
import {
  dayOutlook,
  type HourValues,
  hourOutlook,
  outlookDates,
  periodOutlooks,
  reportedValues,
} from "./aqi-outlook";
import { HOUR_MS } from "./forecast/station-history";

const values = (v: Partial<HourValues>): HourValues => ({
  pm25: 30,
  pm10: 50,
  o3: 60,
  no2: 20,
  so2: 5,
  co: 0.6,
  ...v,
});
const DAY = fromShanghai("2026-07-15").getTime();

describe("reportedValues", () => {
  it("rounds like the national platform and never reports a negative concentration", () => {
    expect(
      reportedValues({ pm25: 34.5, pm10: -2, o3: 101.49, no2: null, so2: Number.NaN, co: 0.649 }),
    ).toEqual({
      pm25: 35,
      pm10: 0,
      o3: 101,
      no2: null,
      so2: null,
      co: 0.6,
    });
  });
});

describe("dayOutlook", () => {
  it("takes 24-h means and O3's highest 8-h moving mean of the Shanghai day", () => {
    const hours = Array.from({ length: 24 }, (_, h) =>
      hourOutlook(DAY + h * HOUR_MS, values({ pm25: h < 12 ? 60 : 100, o3: h >= 12 && h < 20 ? 200 : 40 })),
    );
    const day = dayOutlook("2026-07-15", hours);
    const expected = computeAqi(
      { PM25_24h: 80, PM10_24h: 50, SO2_24h: 5, NO2_24h: 20, CO_24h: 0.6, O3_8h: 200 },
      { standard: "HJ633-2026", kind: "daily" },
    );
    expect(day.aqi).toBe(expected.aqi);
    expect(day.primary).toEqual(expected.primary);
    expect(day.category).toEqual(expected.band!.category);
  });

  it("ignores hours of other days and withholds what too few hours cannot say", () => {
    const hours = Array.from({ length: 48 }, (_, h) =>
      hourOutlook(DAY - 30 * HOUR_MS + h * HOUR_MS, values({})),
    );
    // Only 18 of them fall on 2026-07-15: fewer than the 20 a daily mean needs.
    const day = dayOutlook("2026-07-15", hours);
    expect(day.aqi).toBeNull();
  });
});

describe("periodOutlooks", () => {
  const forecastFrom = (issuedMs: number, aqiAt: (ms: number) => number) =>
    Array.from({ length: 72 }, (_, k) => {
      const at = issuedMs + (k + 1) * HOUR_MS;
      return { ...hourOutlook(at, values({})), aqi: aqiAt(at) };
    });

  it("takes tonight 18–06, tomorrow 06–12 and 12–18 by their worst hour", () => {
    const issued = DAY + 14 * HOUR_MS; // 14:00
    const forecast = forecastFrom(issued, (ms) => (ms === DAY + 33 * HOUR_MS ? 140 : 40)); // 09:00 tomorrow
    const [tonight, morning, afternoon] = periodOutlooks(issued, forecast);
    expect(tonight).toMatchObject({
      key: "tonight",
      from: new Date(DAY + 18 * HOUR_MS).toISOString(),
      to: new Date(DAY + 30 * HOUR_MS).toISOString(),
      aqi: 40,
    });
    expect(morning).toMatchObject({ key: "tomorrowMorning", aqi: 140 });
    expect(afternoon).toMatchObject({
      key: "tomorrowAfternoon",
      from: new Date(DAY + 36 * HOUR_MS).toISOString(),
      aqi: 40,
    });
  });

  it("before 06:00 the night is still tonight and tomorrow is the day starting", () => {
    const issued = DAY + 2 * HOUR_MS; // 02:00 on 07-15
    const [tonight, morning] = periodOutlooks(
      issued,
      forecastFrom(issued, () => 30),
    );
    expect(tonight!.from).toBe(new Date(issued + HOUR_MS).toISOString());
    expect(tonight!.to).toBe(new Date(DAY + 6 * HOUR_MS).toISOString());
    expect(morning!.from).toBe(new Date(DAY + 6 * HOUR_MS).toISOString());
  });
});

describe("outlookDates", () => {
  it("is today, tomorrow and the day after in Shanghai", () => {
    expect(outlookDates(DAY + 23 * HOUR_MS)).toEqual(["2026-07-15", "2026-07-16", "2026-07-17"]);
    expect(outlookDates(DAY - HOUR_MS)).toEqual(["2026-07-14", "2026-07-15", "2026-07-16"]);
  });
});
