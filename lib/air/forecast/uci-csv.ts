import { gunzipSync } from "node:zlib";
import { SHANGHAI_OFFSET_MS } from "@/lib/time";
import {
  FORECAST_POLLUTANTS,
  type ForecastPollutant,
  HOUR_MS,
  type StationHistory,
  WEATHER_FIELDS,
  type WeatherField,
} from "./station-history";

// Reads the two UCI air-quality formats (`../shared/data/air/README.md`): "PM2.5 Data of Five Chinese Cities"
// and "Beijing Multi-Site". Both give local China time (UTC+8) as year/month/day/hour, `NA` for missing; the
// five-cities files also write −9999 and a wind speed cumulated while the direction holds.

export type UciFormat = "five-cities" | "beijing-multisite";

export class CsvInputError extends Error {}

export interface UciHistory {
  format: UciFormat;
  /** The chosen column, read into `history.pollutants.pm25`; the multi-site file's other pollutants beside it. */
  history: StationHistory;
}

/** The multi-site file's 16-point wind directions, clockwise from north (index × 22.5°). */
export const COMPASS_16 = [
  "N",
  "NNE",
  "NE",
  "ENE",
  "E",
  "ESE",
  "SE",
  "SSE",
  "S",
  "SSW",
  "SW",
  "WSW",
  "W",
  "WNW",
  "NW",
  "NNW",
];
// Five-cities' combined directions; `cv` (calm or variable) has no direction.
const COMBINED: Record<string, number> = { NE: 45, SE: 135, SW: 225, NW: 315 };
const MULTISITE_POLLUTANTS: Partial<Record<ForecastPollutant, { column: string; scale: number }>> = {
  pm10: { column: "PM10", scale: 1 },
  so2: { column: "SO2", scale: 1 },
  no2: { column: "NO2", scale: 1 },
  co: { column: "CO", scale: 1 / 1000 }, // µg/m³ in the file, mg/m³ in the feed
  o3: { column: "O3", scale: 1 },
};

function cellsOf(line: string): string[] {
  return line
    .split(",")
    .map((cell) => (cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1) : cell));
}

function numberOf(cell: string | undefined): number {
  if (cell === undefined || cell === "" || cell === "NA") return Number.NaN;
  const value = Number(cell);
  return Number.isFinite(value) && value > -9000 ? value : Number.NaN;
}

/** Relative humidity (%) from temperature and dew point (°C), Magnus formula over water. */
export function relativeHumidity(temperature: number, dewPoint: number): number {
  const gamma = (t: number) => (17.625 * t) / (243.04 + t);
  return Math.min(100, 100 * Math.exp(gamma(dewPoint) - gamma(temperature)));
}

export function detectFormat(header: readonly string[]): UciFormat | null {
  if (header.includes("cbwd") && header.includes("Iws")) return "five-cities";
  if (header.includes("wd") && header.includes("WSPM")) return "beijing-multisite";
  return null;
}

/** The file's text, gunzipped when it is gzip (by its magic bytes, whatever its name). */
export function csvText(bytes: Buffer): string {
  const gz = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gz ? gunzipSync(bytes) : bytes).toString("utf8");
}

/** Parses a UCI file into an hourly history; `column` (e.g. "PM_US Post", "PM2.5") becomes pm25. */
export function parseUciCsv(text: string, column: string): UciHistory {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = cellsOf(lines[0] ?? "");
  const format = detectFormat(header);
  if (!format)
    throw new CsvInputError("the header is neither the five-cities nor the Beijing multi-site format.");
  const at = (name: string) => header.indexOf(name);
  const target = at(column);
  if (target < 0) throw new CsvInputError(`no column "${column}" (columns: ${header.join(", ")}).`);
  const [year, month, day, hour] = ["year", "month", "day", "hour"].map(at) as [
    number,
    number,
    number,
    number,
  ];

  const rows = lines.slice(1).map(cellsOf);
  const times = rows.map(
    (r) =>
      Date.UTC(Number(r[year]), Number(r[month]) - 1, Number(r[day]), Number(r[hour])) - SHANGHAI_OFFSET_MS,
  );
  const valid = times.filter(Number.isFinite);
  if (valid.length === 0) throw new CsvInputError("no dated rows.");
  const startMs = Math.min(...valid);
  const hours = Math.round((Math.max(...valid) - startMs) / HOUR_MS) + 1;
  const empty = () => new Float64Array(hours).fill(Number.NaN);
  const pollutants = Object.fromEntries(FORECAST_POLLUTANTS.map((p) => [p, empty()])) as Record<
    ForecastPollutant,
    Float64Array
  >;
  const weather = Object.fromEntries(WEATHER_FIELDS.map((f) => [f, empty()])) as Record<
    WeatherField,
    Float64Array
  >;

  const multisite = format === "beijing-multisite";
  const others = multisite
    ? Object.entries(MULTISITE_POLLUTANTS).flatMap(([p, spec]) =>
        spec && spec.column !== column && at(spec.column) >= 0
          ? [{ p: p as ForecastPollutant, i: at(spec.column), scale: spec.scale }]
          : [],
      )
    : [];
  const temp = at("TEMP");
  const pres = at("PRES");
  const dewp = at("DEWP");
  const humi = at("HUMI");
  const rain = at(multisite ? "RAIN" : "precipitation");
  const wd = at(multisite ? "wd" : "cbwd");
  const ws = at(multisite ? "WSPM" : "Iws");
  let previous: { index: number; direction: string; cumulated: number } | null = null;

  rows.forEach((r, row) => {
    const time = times[row] as number;
    if (!Number.isFinite(time)) return;
    const i = Math.round((time - startMs) / HOUR_MS);
    pollutants.pm25[i] = numberOf(r[target]);
    for (const { p, i: column, scale } of others) pollutants[p][i] = numberOf(r[column]) * scale;
    const t = numberOf(r[temp]);
    weather.temperature[i] = t;
    weather.atmosphericPressure[i] = numberOf(r[pres]);
    weather.precipitation[i] = numberOf(r[rain]);
    weather.relativeHumidity[i] = multisite ? relativeHumidity(t, numberOf(r[dewp])) : numberOf(r[humi]);
    const direction = r[wd] ?? "";
    if (multisite) {
      const k = COMPASS_16.indexOf(direction);
      weather.windDirection[i] = k < 0 ? Number.NaN : k * 22.5;
      weather.windSpeed[i] = numberOf(r[ws]);
      return;
    }
    weather.windDirection[i] = COMBINED[direction] ?? Number.NaN;
    const cumulated = numberOf(r[ws]);
    // Iws keeps adding while the direction holds: the hour's own speed is the step since the previous hour.
    const continues = previous && previous.index === i - 1 && previous.direction === direction;
    const step = continues && previous ? cumulated - previous.cumulated : cumulated;
    weather.windSpeed[i] = step >= 0 ? step : Number.NaN;
    previous = { index: i, direction, cumulated };
  });
  return { format, history: { startMs, hours, pollutants, weather } };
}
