// Test support, not measurements: a repeatable station history for the air forecast tests.

import { shanghaiHour } from "@/lib/air/forecast/series";
import {
  FORECAST_POLLUTANTS,
  type ForecastPollutant,
  HOUR_MS,
  type StationHistory,
  WEATHER_FIELDS,
  type WeatherField,
} from "@/lib/air/forecast/station-history";
import { seededRandom } from "@/lib/citybrain/faults";

const LEVELS: Record<ForecastPollutant, number> = { pm25: 45, pm10: 80, o3: 60, no2: 35, so2: 8, co: 0.8 };

/**
 * A repeatable hourly history for tests: each pollutant a daily cycle times a persistent (AR(1)) log anomaly
 * that northerly wind and rain push down, with a few missing hours; weather with a daily cycle and noise.
 */
export function syntheticHistory(
  seed: string,
  days: number,
  startMs = Date.UTC(2026, 0, 1, 16),
): StationHistory {
  const random = seededRandom(seed);
  const hours = days * 24;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const weather = Object.fromEntries(WEATHER_FIELDS.map((f) => [f, new Float64Array(hours)])) as Record<
    WeatherField,
    Float64Array
  >;
  const pollutants = Object.fromEntries(
    FORECAST_POLLUTANTS.map((p) => [p, new Float64Array(hours)]),
  ) as Record<ForecastPollutant, Float64Array>;
  let anomaly = 0;
  let pressure = 1015;
  for (let i = 0; i < hours; i++) {
    const hour = shanghaiHour(startMs + i * HOUR_MS);
    const cycle = Math.sin((2 * Math.PI * (hour - 9)) / 24);
    const speed = Math.max(0, 2 + 1.5 * normal());
    const direction = (360 * random() + 360) % 360;
    const rain = random() < 0.05 ? 3 * random() : 0;
    pressure += 0.3 * normal();
    weather.temperature[i] = 8 + 5 * cycle + normal();
    weather.relativeHumidity[i] = Math.min(100, Math.max(10, 65 - 15 * cycle + 5 * normal()));
    weather.windSpeed[i] = speed;
    weather.windDirection[i] = direction;
    weather.precipitation[i] = rain;
    weather.atmosphericPressure[i] = pressure;
    const northerly = Math.max(0, Math.cos((direction * Math.PI) / 180)) * speed;
    anomaly = 0.95 * anomaly - 0.03 * northerly - 0.1 * rain + 0.12 * normal();
    for (const p of FORECAST_POLLUTANTS) {
      const daily = p === "o3" ? 0.5 * cycle : -0.2 * cycle;
      pollutants[p][i] =
        random() < 0.02 ? Number.NaN : LEVELS[p] * Math.exp(daily + anomaly + 0.05 * normal());
    }
  }
  return { startMs, hours, pollutants, weather };
}
