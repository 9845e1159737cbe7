import { latest, meanOver, sameHourMean, shanghaiHour } from "./series";
import { HOUR_MS, type StationHistory } from "./station-history";

/**
 * The model's inputs at an origin hour i, all read at or before i (never the target's hour, never observed
 * future weather). Pollutant terms are on the log scale; "anomaly" is against the trailing hour-of-day mean.
 */
export const FEATURE_NAMES = [
  "anomaly", // log y(i) − its hour-of-day mean over the previous 28 days: how unusual now is
  "change1h", // log y(i) − log y(i − 1): momentum…
  "change3h", // …over three hours
  "mean6h", // mean log y over the last 6 h − log y(i): a spike fades faster than a build-up
  "mean24h", // the same over 24 h
  "mean7d", // the same over 7 days: the level it reverts to
  "level", // log y(i): high levels persist differently from low ones
  "hourSin", // hour of day (Asia/Shanghai): the daily cycle of the anomaly's persistence
  "hourCos",
  "hourSin2",
  "hourCos2",
  "windSpeed", // ventilation disperses
  "windU", // wind vector (towards the east / north, m/s): from which side clean or dirty air arrives
  "windV",
  "windU6h", // …held over the last 6 h
  "windV6h",
  "humidity", // moist air: secondary aerosol and fog episodes
  "rain3h", // log(1 + mm over 3 h): washout
  "pressure3h", // pressure tendency: a front is coming
  "pressure24h",
  "temperature24h", // a cold front drops temperature and clears the air
  "temperature",
  "humidity24h", // drier than yesterday: a new air mass
  "rain24h",
  "windU24h", // a day of flow from one side
  "windV24h",
  "gust6h", // the strongest hour of the last 6 h
  "anomalyWind", // a high anomaly under strong wind is swept away
  "levelNortherly", // high levels with a northerly flow (Beijing's clearing wind)
  "levelWind", // how much a level falls scales with the level: the weather terms again, times it
  "levelWindU",
  "levelHumidity",
  "levelPressure24h",
  "levelTemperature24h",
  "levelHumidity24h",
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Weather arrays the features read, derived once per history. */
interface WeatherView {
  speed: Float64Array;
  u: Float64Array;
  v: Float64Array;
  humidity: Float64Array;
  rain: Float64Array;
  pressure: Float64Array;
  temperature: Float64Array;
}

const weatherCache = new WeakMap<StationHistory, WeatherView>();

function weatherView(history: StationHistory): WeatherView {
  const cached = weatherCache.get(history);
  if (cached) return cached;
  const missing = new Float64Array(history.hours).fill(Number.NaN);
  const w = history.weather;
  const speed = w.windSpeed ?? missing;
  const direction = w.windDirection ?? missing;
  const u = new Float64Array(history.hours);
  const v = new Float64Array(history.hours);
  for (let i = 0; i < history.hours; i++) {
    const s = speed[i] as number;
    const d = direction[i] as number;
    // Meteorological direction is where the wind comes from; calm or unknown direction: no vector.
    const rad = (d * Math.PI) / 180;
    u[i] = Number.isNaN(s) ? Number.NaN : Number.isNaN(d) ? 0 : -s * Math.sin(rad);
    v[i] = Number.isNaN(s) ? Number.NaN : Number.isNaN(d) ? 0 : -s * Math.cos(rad);
  }
  const view = {
    speed,
    u,
    v,
    humidity: w.relativeHumidity ?? missing,
    rain: w.precipitation ?? missing,
    pressure: w.atmosphericPressure ?? missing,
    temperature: w.temperature ?? missing,
  };
  weatherCache.set(history, view);
  return view;
}

/**
 * Writes the raw inputs at origin i into `out` (NaN where unknown) and returns log y(i) (the latest reading
 * within CARRY_HOURS), or NaN when there is no current reading to forecast from.
 */
export function featuresAt(history: StationHistory, z: Float64Array, i: number, out: Float64Array): number {
  const now = latest(z, i);
  if (Number.isNaN(now)) return now;
  const w = weatherView(history);
  const hour = (2 * Math.PI * shanghaiHour(history.startMs + i * HOUR_MS)) / 24;
  const diff = (a: number, b: number) => a - b;
  out[0] = now - sameHourMean(z, i - 24);
  out[1] = now - (z[i - 1] ?? Number.NaN);
  out[2] = now - (z[i - 3] ?? Number.NaN);
  out[3] = meanOver(z, i - 5, i) - now;
  out[4] = meanOver(z, i - 23, i) - now;
  out[5] = meanOver(z, i - 167, i) - now;
  out[6] = now;
  out[7] = Math.sin(hour);
  out[8] = Math.cos(hour);
  out[9] = Math.sin(2 * hour);
  out[10] = Math.cos(2 * hour);
  out[11] = latest(w.speed, i);
  out[12] = latest(w.u, i);
  out[13] = latest(w.v, i);
  out[14] = meanOver(w.u, i - 5, i);
  out[15] = meanOver(w.v, i - 5, i);
  out[16] = latest(w.humidity, i);
  let rain = 0;
  for (let k = i - 2; k <= i; k++) rain += Number.isNaN(w.rain[k] ?? Number.NaN) ? 0 : (w.rain[k] as number);
  out[17] = Math.log1p(Math.max(0, rain));
  const pressure = latest(w.pressure, i);
  out[18] = diff(pressure, latest(w.pressure, i - 3));
  out[19] = diff(pressure, latest(w.pressure, i - 24));
  const temperature = latest(w.temperature, i);
  out[20] = diff(temperature, latest(w.temperature, i - 24));
  out[21] = temperature;
  out[22] = diff(out[16] as number, latest(w.humidity, i - 24));
  let rainDay = 0;
  for (let k = i - 23; k <= i; k++)
    rainDay += Number.isNaN(w.rain[k] ?? Number.NaN) ? 0 : (w.rain[k] as number);
  out[23] = Math.log1p(Math.max(0, rainDay));
  out[24] = meanOver(w.u, i - 23, i);
  out[25] = meanOver(w.v, i - 23, i);
  let gust = Number.NaN;
  for (let k = Math.max(0, i - 5); k <= i; k++)
    if (!(w.speed[k]! <= gust)) gust = Number.isNaN(w.speed[k]!) ? gust : w.speed[k]!;
  out[26] = gust;
  out[27] = (out[0] as number) * (out[11] as number);
  out[28] = now * -(out[15] as number);
  for (const [k, from] of [
    [29, 11],
    [30, 14],
    [31, 16],
    [32, 19],
    [33, 20],
    [34, 22],
  ] as const) {
    out[k] = now * (out[from] as number);
  }
  return now;
}
