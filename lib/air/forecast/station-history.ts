/**
 * The forecast's input and output, shared by the model (lib/air/forecast/*), the app's forecast service
 * (lib/air/station-forecast.ts) and the evaluation CLI. Plain arrays so a fitted model and a history can be
 * stored as JSON and built from the database or from a CSV alike.
 */

/** The feed's field names (µg/m³; CO in mg/m³), in the order the page lists them. */
export const FORECAST_POLLUTANTS = ["pm25", "pm10", "o3", "no2", "so2", "co"] as const;
export type ForecastPollutant = (typeof FORECAST_POLLUTANTS)[number];

/** Weather read at the station (only ever its past: the model never sees observed future weather). */
export const WEATHER_FIELDS = [
  "temperature",
  "relativeHumidity",
  "windSpeed",
  "windDirection",
  "precipitation",
  "atmosphericPressure",
] as const;
export type WeatherField = (typeof WEATHER_FIELDS)[number];

export const FORECAST_HOURS = 72;
export const HOUR_MS = 3_600_000;

/**
 * One station's hourly history, hour-aligned: index i is the reading observed at `startMs + i·HOUR_MS` (UTC ms,
 * a whole hour). `NaN` marks a missing hour. Every array has length `hours`.
 */
export interface StationHistory {
  startMs: number;
  hours: number;
  pollutants: Record<ForecastPollutant, Float64Array>;
  weather: Partial<Record<WeatherField, Float64Array>>;
}

/** How a pollutant's forecast was made: a fitted model, its hour-of-day/week mean (too little history), or none. */
export type ForecastMethod = "model" | "climatology" | "none";

/** 72 hourly values per pollutant: hours[k] is for `issuedMs + (k + 1)·HOUR_MS`; `null` where nothing can be said. */
export interface StationForecast {
  issuedMs: number;
  hours: { atMs: number; values: Record<ForecastPollutant, number | null> }[];
  methods: Record<ForecastPollutant, ForecastMethod>;
}

/** Measured skill at one lead time over a recent window, by AQI category (what a reader acts on). */
export interface ForecastSkill {
  horizonHours: number;
  days: number;
  /** Forecast hours scored. */
  pairs: number;
  /** Share (0–1) of hours whose forecast AQI category was the observed one; the same for persistence. */
  hit: number;
  persistenceHit: number;
}
