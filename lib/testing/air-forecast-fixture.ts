import { hj633Band } from "@/lib/air/aqi-band";
import type { AirForecastAnswer, AirHour } from "@/lib/air/forecast-answer";

const HOUR_MS = 3_600_000;

function hour(at: Date, aqi: number | null): AirHour {
  const band = aqi === null ? null : hj633Band("HJ633-2026", aqi);
  return {
    at: at.toISOString(),
    aqi,
    level: band?.level ?? null,
    category: band ? { zh: band.category.zh, en: band.category.en } : null,
    colour: band?.colour.hex ?? null,
    primary: aqi !== null && aqi > 50 ? ["PM25_1h"] : [],
    values: { pm25: null, pm10: null, o3: null, no2: null, so2: null, co: null },
  };
}

/**
 * A forecast answer as forecastForPlace gives it, made up for tests: the observed hour `now` (floored to the hour)
 * has AQI `observed`, and forecast hour i (1-based, i hours later) has `ahead[i - 1]`; the rest of the 72 are `rest`.
 */
export function forecastAnswer(
  now: Date,
  observed: number | null,
  ahead: readonly (number | null)[],
  rest: number | null = 40,
): AirForecastAnswer {
  const issued = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return {
    place: { kind: "point", lat: 30.25, lng: 120.16, stations: [] },
    standard: "HJ633-2026",
    issuedAt: new Date(issued).toISOString(),
    past: [hour(new Date(issued), observed)],
    hours: Array.from({ length: 72 }, (_, i) =>
      hour(new Date(issued + (i + 1) * HOUR_MS), i < ahead.length ? (ahead[i] ?? null) : rest),
    ),
    days: [],
    periods: [],
    methods: { pm25: "model", pm10: "model", o3: "model", no2: "model", so2: "model", co: "model" },
    model: null,
  };
}
