"use client";

import { useCallback, useSyncExternalStore } from "react";
import useSWR from "swr";
import { type CityDataEnvelope, selectAsOf } from "@/lib/client/city-data-store";
import { fetchCityData, isApiError } from "@/lib/client/fetch-city-data";

export interface CityData<T> {
  data?: T;
  /** An `ApiError` (with `status`, e.g. 401, and the API's message) or a network error. */
  error?: unknown;
  isLoading: boolean;
  /** When the shown data was fetched from the server. */
  asOf?: Date;
  /** True when the data shown came from this device's store, not a fresh answer. */
  fromCache: boolean;
  mutate: () => Promise<unknown>;
}

const subscribeNothing = () => () => {};

/** False while React hydrates server HTML (which never has stored data), true afterwards. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/**
 * GETs a JSON API with SWR. Answers are kept on this device, so a reload or an offline start shows the last
 * data at once, labelled with its time (`asOf`) and `fromCache` until a fresh answer arrives.
 */
export function useCityData<T>(key: string | null): CityData<T> {
  const hydrated = useHydrated();
  const result = useSWR<CityDataEnvelope<T> | T>(key, fetchCityData<T>);
  const revalidate = result.mutate;
  const mutate = useCallback(() => revalidate(), [revalidate]);
  // Until hydration ends, render exactly what the server rendered: nothing yet.
  if (!hydrated) return { isLoading: key !== null, fromCache: false, mutate };
  // Data stored for a session that has ended must not be shown as if it were still signed in.
  const shown = isApiError(result.error, 401) ? { fromCache: false } : selectAsOf<T>(result.data);
  return {
    data: shown.data,
    error: result.error,
    isLoading: result.isLoading,
    asOf: shown.asOf,
    fromCache: shown.fromCache,
    mutate,
  };
}
