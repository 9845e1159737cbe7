"use client";

import { useCallback, useEffect, useMemo } from "react";
import useSWR, { type SWRConfiguration } from "swr";
import { ApiError } from "@/lib/client/api";
import type { CityDataEnvelope } from "@/lib/client/city-data-store";
import { fetchCityData } from "@/lib/client/fetch-city-data";
import { selectCityData } from "@/lib/client/select-city-data";
import { envelopeFor, newerValue, type ServerAnswer } from "@/lib/client/server-answer";
import { useHydrated } from "./use-hydrated";

export interface CityData<T> {
  data?: T;
  /** An `ApiError` (with `kind`, `status`, e.g. 401, and the API's message) or another error. */
  error?: unknown;
  isLoading: boolean;
  /** When the shown data was fetched from the server. */
  asOf?: Date;
  /** True when the data shown came from this device's store, not a fresh answer. */
  fromCache: boolean;
  mutate: () => Promise<unknown>;
}

export interface CityDataOptions<T> {
  /** The shape the answer must have; anything else (a stored answer of an older shape) counts as no data. */
  validate?: (value: unknown) => value is T;
  refreshInterval?: (data: T | undefined) => number;
  /** The server's answer for one key, rendered into the page: shown from the first paint, not asked for again. */
  initial?: ServerAnswer<T>;
}

const IDLE = { isLoading: false, isValidating: false };

// A server answer younger than this is not asked for again when the page starts.
const FRESH_MS = 60_000;

const wrongShape = () => new ApiError({ kind: "invalid", code: "unexpected_shape" });

/**
 * GETs a JSON API with SWR. Answers are kept on this device, so a reload or an offline start shows the last
 * data at once, labelled with its time (`asOf`) and `fromCache` until a fresh answer arrives. Every use of
 * one key must go through the same hook (see personal-resources.ts), so the cache holds one shape per key.
 */
export function useCityData<T>(key: string | null, options: CityDataOptions<T> = {}): CityData<T> {
  const { validate, refreshInterval, initial } = options;
  const hydrated = useHydrated();
  const served = useMemo(() => envelopeFor(initial, key), [initial, key]);
  // A page older than a minute came from the service worker's copy (offline): its answer is a stored copy too.
  const seed = useMemo(
    () => (served && Date.now() - served.at > FRESH_MS ? { ...served, source: "device" as const } : served),
    [served],
  );
  const fetcher = useCallback(
    async (url: string) => {
      const envelope = await fetchCityData<T>(url);
      if (validate && !validate(envelope.data)) throw wrongShape();
      return envelope;
    },
    [validate],
  );
  const config: SWRConfiguration<CityDataEnvelope<T> | T> = refreshInterval
    ? {
        refreshInterval: (value) =>
          refreshInterval(selectCityData<T>({ ...IDLE, data: value }, validate).data),
      }
    : {};
  if (seed) {
    config.fallbackData = seed;
    config.revalidateOnMount = seed.source !== "network";
  }
  const result = useSWR<CityDataEnvelope<T> | T>(key, fetcher, config);
  const revalidate = result.mutate;
  const mutate = useCallback(() => revalidate(), [revalidate]);
  const { error, isLoading, isValidating } = result;
  const data = newerValue(result.data, seed) as CityDataEnvelope<T> | T | undefined;
  // The server's answer goes into the cache too, so it is kept on this device like any other answer.
  useEffect(() => {
    if (seed && data === seed) void revalidate(seed, { revalidate: false });
  }, [seed, data, revalidate]);
  const shown = useMemo(
    () => selectCityData<T>({ data, error, isLoading, isValidating }, validate),
    [data, error, isLoading, isValidating, validate],
  );
  // Until hydration ends, render exactly what the server rendered: its answer, or nothing yet.
  if (!hydrated) {
    if (served) return { ...selectCityData<T>({ data: served, ...IDLE }, validate), mutate };
    return { isLoading: key !== null, fromCache: false, mutate };
  }
  return { ...shown, mutate };
}
