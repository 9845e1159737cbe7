import { climatologyForecast } from "./climatology";
import { type FittedStationModel, modelForecast } from "./model";
import { indexOf, pollutantSeries } from "./series";
import {
  FORECAST_HOURS,
  FORECAST_POLLUTANTS,
  type ForecastMethod,
  type ForecastPollutant,
  HOUR_MS,
  type StationForecast,
  type StationHistory,
} from "./station-history";

/** One pollutant's 72 values (null where nothing can be said) and how they were made. */
export function forecastPollutant(
  model: FittedStationModel,
  history: StationHistory,
  p: ForecastPollutant,
  origin: number,
): { method: ForecastMethod; values: (number | null)[] } {
  const modelled = origin >= 0 ? modelForecast(model, p, history, origin) : null;
  if (modelled) return { method: "model", values: Array.from(modelled) };
  const values =
    origin >= 0
      ? climatologyForecast(pollutantSeries(history, p), history, history.startMs + origin * HOUR_MS)
      : null;
  if (!values) return { method: "none", values: new Array(FORECAST_HOURS).fill(null) };
  return { method: "climatology", values: values.map((v) => Math.max(0, v)) };
}

/**
 * The 72-hour forecast issued at `issuedMs` (its hour): hours[k] is for issuedMs + (k + 1) h. Reads the
 * history only up to the issue hour, so a history that runs past it changes nothing.
 */
export function forecastStation(
  model: FittedStationModel,
  history: StationHistory,
  issuedMs: number,
): StationForecast {
  const origin = indexOf(history, issuedMs);
  const issuedHour = history.startMs + origin * HOUR_MS;
  const methods = {} as Record<ForecastPollutant, ForecastMethod>;
  const columns = {} as Record<ForecastPollutant, (number | null)[]>;
  for (const p of FORECAST_POLLUTANTS) {
    const { method, values } = forecastPollutant(model, history, p, origin);
    methods[p] = method;
    columns[p] = values;
  }
  const hours = Array.from({ length: FORECAST_HOURS }, (_, k) => ({
    atMs: issuedHour + (k + 1) * HOUR_MS,
    values: Object.fromEntries(FORECAST_POLLUTANTS.map((p) => [p, columns[p][k] ?? null])) as Record<
      ForecastPollutant,
      number | null
    >,
  }));
  return { issuedMs: issuedHour, hours, methods };
}
