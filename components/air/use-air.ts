"use client";

import { useLocale } from "next-intl";
import { useCityData } from "@/components/data/use-city-data";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { type AirPlace, airForecastUrl, airStationsUrl } from "./air-urls";
import type { AirForecastAnswer, AirStationsAnswer } from "./types";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const isStationsAnswer = (value: unknown): value is AirStationsAnswer =>
  isObject(value) &&
  typeof value.asOf === "string" &&
  Array.isArray(value.stations) &&
  value.stations.every((s) => isObject(s) && typeof s.id === "string" && isObject(s.aqi));

const isForecastAnswer = (value: unknown): value is AirForecastAnswer =>
  isObject(value) &&
  isObject(value.place) &&
  typeof value.issuedAt === "string" &&
  Array.isArray(value.past) &&
  Array.isArray(value.hours) &&
  Array.isArray(value.days) &&
  Array.isArray(value.periods) &&
  isObject(value.methods);

/** Every station with its latest reading and AQI, in the reader's language (public; one SWR key per language). */
export function useAirStations(initial?: ServerAnswer<AirStationsAnswer>) {
  const locale = useLocale();
  return useCityData<AirStationsAnswer>(airStationsUrl(locale), { validate: isStationsAnswer, initial });
}

/** The observed and forecast hours of a station or a point (both languages inside; null: nothing chosen yet). */
export function useAirForecast(place: AirPlace | null) {
  return useCityData<AirForecastAnswer>(place ? airForecastUrl(place) : null, { validate: isForecastAnswer });
}
