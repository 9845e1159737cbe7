import {
  dayOutlook,
  type HourValues,
  hourOutlook,
  outlookDates,
  periodOutlooks,
  reportedValues,
} from "./aqi-outlook";
import { editionInForce } from "./edition-in-force";
import {
  FORECAST_HOURS,
  FORECAST_POLLUTANTS,
  type ForecastMethod,
  type ForecastPollutant,
  HOUR_MS,
  type StationHistory,
} from "./forecast/station-history";
import type { AirForecastAnswer, ForecastPlace } from "./forecast-answer";

/** Hourly values over time, oldest first: a station's or a place's observed hours, or its forecast. */
export type Track = { atMs: number; values: HourValues }[];

const PAST_HOURS = 72;

/** The last 72 observed hours up to `issuedMs` (hours with no reading at all left out). */
export function pastTrack(history: StationHistory | undefined, issuedMs: number): Track {
  if (!history) return [];
  const last = Math.floor((issuedMs - history.startMs) / HOUR_MS);
  const track: Track = [];
  for (let i = Math.max(0, last - PAST_HOURS + 1); i <= Math.min(last, history.hours - 1); i++) {
    const values = Object.fromEntries(
      FORECAST_POLLUTANTS.map((p) => {
        const v = history.pollutants[p][i]!;
        return [p, Number.isNaN(v) ? null : v];
      }),
    ) as HourValues;
    if (FORECAST_POLLUTANTS.some((p) => values[p] !== null))
      track.push({ atMs: history.startMs + i * HOUR_MS, values });
  }
  return track;
}

/**
 * The weighted mean of several tracks hour by hour, each pollutant over the tracks that have it (weights
 * renormalised), for a place between stations. Hours come from the union of the tracks' hours.
 */
export function blendTracks(tracks: readonly { track: Track; weight: number }[]): Track {
  const byHour = new Map<number, { sums: Record<string, number>; weights: Record<string, number> }>();
  for (const { track, weight } of tracks) {
    for (const { atMs, values } of track) {
      let hour = byHour.get(atMs);
      if (!hour) {
        hour = { sums: {}, weights: {} };
        byHour.set(atMs, hour);
      }
      for (const p of FORECAST_POLLUTANTS) {
        const v = values[p];
        if (v === null) continue;
        hour.sums[p] = (hour.sums[p] ?? 0) + v * weight;
        hour.weights[p] = (hour.weights[p] ?? 0) + weight;
      }
    }
  }
  return [...byHour.entries()]
    .sort(([a], [b]) => a - b)
    .map(([atMs, { sums, weights }]) => ({
      atMs,
      values: Object.fromEntries(
        FORECAST_POLLUTANTS.map((p) => [p, weights[p] ? sums[p]! / weights[p]! : null]),
      ) as HourValues,
    }));
}

/** A place's method per pollutant: the best any of its stations used ("model" over "climatology" over "none"). */
export function blendMethods(
  all: readonly Record<ForecastPollutant, ForecastMethod>[],
): Record<ForecastPollutant, ForecastMethod> {
  const rank: Record<ForecastMethod, number> = { none: 0, climatology: 1, model: 2 };
  return Object.fromEntries(
    FORECAST_POLLUTANTS.map((p) => [
      p,
      all.reduce<ForecastMethod>((best, m) => (rank[m[p]] > rank[best] ? m[p] : best), "none"),
    ]),
  ) as Record<ForecastPollutant, ForecastMethod>;
}

/** The public answer for a place from its observed and forecast tracks: hourly AQI, days, periods. */
export function assembleForecast(input: {
  place: ForecastPlace;
  issuedMs: number;
  past: Track;
  forecast: Track;
  methods: Record<ForecastPollutant, ForecastMethod>;
  model: AirForecastAnswer["model"];
}): AirForecastAnswer {
  const past = input.past.map((h) => hourOutlook(h.atMs, reportedValues(h.values)));
  const hours = input.forecast
    .slice(0, FORECAST_HOURS)
    .map((h) => hourOutlook(h.atMs, reportedValues(h.values)));
  const all = [...past, ...hours];
  return {
    place: input.place,
    standard: editionInForce(new Date(input.issuedMs)),
    issuedAt: new Date(input.issuedMs).toISOString(),
    past,
    hours,
    days: outlookDates(input.issuedMs).map((date) => dayOutlook(date, all)),
    periods: periodOutlooks(input.issuedMs, hours),
    methods: input.methods,
    model: input.model,
  };
}
