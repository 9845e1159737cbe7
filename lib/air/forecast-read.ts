import "server-only";
import { z } from "zod";
import { publicCachingOf } from "@/lib/citybrain/feed-cache";
import type { CityBrainSource } from "@/lib/citybrain/types";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { PublicRead } from "@/lib/http/public-answer";
import { LangParam } from "@/lib/http/public-locale";
import { queryNumber } from "@/lib/http/query";
import { latestTraining } from "./forecast-models";
import { latestAirHour } from "./history-read";
import { forecastForPlace } from "./place-forecast";
import { stationForecast } from "./station-forecast";

const coordinate = (limit: number) => queryNumber.pipe(z.number().min(-limit).max(limit));

/** `?station=<id>`, or `?lat=&lng=` (WGS84); `lang` is accepted but the answer carries both languages. */
export const ForecastQuery = z
  .object({
    ...LangParam,
    station: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,40}$/)
      .optional(),
    lat: coordinate(90).optional(),
    lng: coordinate(180).optional(),
  })
  .strict()
  .refine((q) => (q.station !== undefined) !== (q.lat !== undefined || q.lng !== undefined), {
    error: "errors.air.stationOrPlace",
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { error: "errors.air.latAndLng" });
export type ForecastQuery = z.infer<typeof ForecastQuery>;

// ~110 m: a phone's fix is no better, and nearby readers share one cached answer.
const roundCoordinate = (x: number) => Math.round(x * 1000) / 1000;

/** The public forecast answer for a station or a place, keyed by the hour it is issued from. */
export async function airForecastRead(
  db: Db,
  source: CityBrainSource,
  query: ForecastQuery,
  now: Date,
): Promise<PublicRead> {
  const [issuedMs, trainedAt] = await Promise.all([latestAirHour(db, now), latestTraining(db)]);
  if (issuedMs === null) throw new AppError("unavailable", "errors.air.noHistory");
  const caching = publicCachingOf("air");
  if (query.station !== undefined) {
    const slug = query.station;
    return {
      key: `air-forecast|station|${slug}|${issuedMs}|${trainedAt}`,
      caching,
      build: () => stationForecast(db, source, slug, now),
    };
  }
  const place = { lat: roundCoordinate(query.lat!), lng: roundCoordinate(query.lng!) };
  return {
    key: `air-forecast|point|${place.lat},${place.lng}|${issuedMs}|${trainedAt}`,
    caching,
    // Built only on a cache miss; a failed build (no station near: 404) is not kept.
    build: async () => {
      const answer = await forecastForPlace(db, place, now, source);
      if (!answer) throw new AppError("not_found", "errors.air.noStationNear");
      return answer;
    },
  };
}
