"use client";

import * as z from "zod/mini";
import { useCityData } from "@/components/data/use-city-data";
import type { AlertPlaceView } from "@/lib/air/alerts/alert-places";

export type { AlertPlaceView };

export const ALERT_PLACES_KEY = "/api/air/alerts/places";

export interface AlertPlacesResponse {
  places: AlertPlaceView[];
  max: number;
}

const isAlertPlacesResponse = (value: unknown): value is AlertPlacesResponse =>
  z
    .object({
      places: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          name: z.string(),
          lat: z.number(),
          lng: z.number(),
          level: z.number(),
          quietHours: z.nullable(z.object({ from: z.string(), to: z.string() })),
          alertsOn: z.boolean(),
        }),
      ),
      max: z.number(),
    })
    .safeParse(value).success;

/** My saved places for air alerts; `enabled` false asks nothing (signed out). */
export const useAlertPlaces = (enabled = true) =>
  useCityData<AlertPlacesResponse>(enabled ? ALERT_PLACES_KEY : null, { validate: isAlertPlacesResponse });

/** What the place form sends (POST, or PATCH without the clientKey). */
export interface AlertPlaceFields {
  kind: AlertPlaceView["kind"];
  name: string;
  lat: number;
  lng: number;
  level: number;
  quietHours: { from: string; to: string } | null;
}
