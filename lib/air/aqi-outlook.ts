import { fromShanghai, shanghaiDate } from "@/lib/time";
import { computeAqi } from "./aqi";
import { editionInForce } from "./edition-in-force";
import { FORECAST_POLLUTANTS, type ForecastPollutant, HOUR_MS } from "./forecast/station-history";
import type { AirDay, AirHour, AirPeriod, AirPeriodKey, AqiOutlook } from "./forecast-answer";
import type { Concentrations } from "./report-indicators";
import { stationAqi } from "./station-aqi";

export type HourValues = Record<ForecastPollutant, number | null>;

/** As the national platform reports them: whole µg/m³, CO in mg/m³ to one decimal; a forecast is no more precise. */
export function reportedValues(values: Record<ForecastPollutant, number | null>): HourValues {
  return Object.fromEntries(
    FORECAST_POLLUTANTS.map((p) => {
      const v = values[p];
      if (v === null || !Number.isFinite(v)) return [p, null];
      const clipped = Math.max(0, v);
      return [p, p === "co" ? Math.round(clipped * 10) / 10 : Math.round(clipped)];
    }),
  ) as HourValues;
}

const outlookOf = (report: ReturnType<typeof computeAqi>): AqiOutlook => ({
  aqi: report.aqi,
  level: report.band?.level ?? null,
  category: report.band ? { ...report.band.category } : null,
  colour: report.band?.colour.hex ?? null,
  primary: report.primary,
});

/** One hour and its real-time AQI (the edition in force at that hour). */
export function hourOutlook(atMs: number, values: HourValues): AirHour {
  const at = new Date(atMs).toISOString();
  const { value, level, category, colour, primary } = stationAqi({ observedAt: at, ...values });
  return { at, values, aqi: value, level, category, colour, primary };
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
// HJ 663: a daily mean needs at least 20 hourly values; an 8-hour mean at least 6.
const MIN_DAY_HOURS = 20;
const MIN_8H = 6;

/**
 * The daily AQI of a Shanghai calendar day from its hours (observed and forecast alike): 24-h means, O3's
 * daily maximum 1-h value and maximum 8-h moving mean (windows ending 08:00…24:00, as HJ 663 takes them).
 */
export function dayOutlook(date: string, hours: readonly AirHour[]): AirDay {
  const startMs = fromShanghai(date).getTime();
  const inDay = (h: AirHour) => {
    const ms = Date.parse(h.at);
    return ms >= startMs && ms < startMs + 24 * HOUR_MS;
  };
  const day = hours.filter(inDay);
  const series = (p: ForecastPollutant) =>
    day.flatMap((h) => (h.values[p] === null ? [] : [h.values[p] as number]));
  const given: Concentrations = {};
  const daily: [ForecastPollutant, "PM25_24h" | "PM10_24h" | "SO2_24h" | "NO2_24h" | "CO_24h"][] = [
    ["pm25", "PM25_24h"],
    ["pm10", "PM10_24h"],
    ["so2", "SO2_24h"],
    ["no2", "NO2_24h"],
    ["co", "CO_24h"],
  ];
  for (const [p, key] of daily) {
    const values = series(p);
    if (values.length >= MIN_DAY_HOURS)
      given[key] = p === "co" ? Math.round(mean(values) * 10) / 10 : Math.round(mean(values));
  }
  const o3ByHour = new Map(day.map((h) => [Math.round((Date.parse(h.at) - startMs) / HOUR_MS), h.values.o3]));
  const o3 = series("o3");
  if (o3.length >= MIN_DAY_HOURS) given.O3_1h = Math.max(...o3);
  const windows: number[] = [];
  for (let end = 8; end <= 24; end++) {
    const values: number[] = [];
    for (let h = end - 8; h < end; h++) {
      const v = o3ByHour.get(h);
      if (v !== undefined && v !== null) values.push(v);
    }
    if (values.length >= MIN_8H) windows.push(Math.round(mean(values)));
  }
  if (windows.length >= 14) given.O3_8h = Math.max(...windows);
  const report = computeAqi(given, { standard: editionInForce(new Date(startMs)), kind: "daily" });
  return { date, ...outlookOf(report) };
}

/** The three Shanghai days from the one `issuedMs` falls in: today, tomorrow, the day after. */
export function outlookDates(issuedMs: number): string[] {
  return [0, 1, 2].map((d) => shanghaiDate(new Date(issuedMs + d * 24 * HOUR_MS)));
}

// Local hours [from, to) of each period, on the day the period belongs to.
const PERIOD_HOURS: Record<AirPeriodKey, { dayOffset: number; from: number; to: number }> = {
  tonight: { dayOffset: 0, from: 18, to: 30 },
  tomorrowMorning: { dayOffset: 1, from: 6, to: 12 },
  tomorrowAfternoon: { dayOffset: 1, from: 12, to: 18 },
};

/**
 * Tonight (18:00–06:00), tomorrow morning (06–12) and afternoon (12–18), Asia/Shanghai, each by its worst
 * forecast hour. Before 06:00 the night is still "tonight" and "tomorrow" is the day that is starting.
 */
export function periodOutlooks(issuedMs: number, forecast: readonly AirHour[]): AirPeriod[] {
  const baseDay = shanghaiDate(new Date(issuedMs - 6 * HOUR_MS));
  const baseMs = fromShanghai(baseDay).getTime();
  return (Object.keys(PERIOD_HOURS) as AirPeriodKey[]).map((key) => {
    const { dayOffset, from, to } = PERIOD_HOURS[key];
    const fromMs = Math.max(baseMs + (dayOffset * 24 + from) * HOUR_MS, issuedMs + HOUR_MS);
    const toMs = baseMs + (dayOffset * 24 + to) * HOUR_MS;
    const hours = forecast.filter((h) => {
      const ms = Date.parse(h.at);
      return ms >= fromMs && ms < toMs && h.aqi !== null;
    });
    const worst = hours.reduce<AirHour | null>((w, h) => (w === null || h.aqi! > w.aqi! ? h : w), null);
    const { aqi, level, category, colour, primary } = worst ?? {
      aqi: null,
      level: null,
      category: null,
      colour: null,
      primary: [],
    };
    return {
      key,
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      aqi,
      level,
      category,
      colour,
      primary,
    };
  });
}
