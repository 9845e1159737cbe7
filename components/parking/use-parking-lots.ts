"use client";

import { useLocale } from "next-intl";
import { useState } from "react";
import { useCityData } from "@/components/data/use-city-data";
import type { LatLng } from "@/lib/citybrain/types";
import { type LotsResponse, lotsUrl } from "./lot-model";

interface Shown {
  data: LotsResponse;
  asOf?: Date;
  fromCache: boolean;
}

/**
 * Lots around `origin` (SWR, kept on this device for offline use). While a new radius or centre loads,
 * the previous answer stays on screen instead of an empty list.
 */
export function useParkingLots(origin: LatLng, radiusKm: number) {
  const result = useCityData<LotsResponse>(lotsUrl(origin, radiusKm, useLocale()));
  const [last, setLast] = useState<Shown>();
  if (result.data && result.data !== last?.data) {
    setLast({ data: result.data, asOf: result.asOf, fromCache: result.fromCache });
  }
  const shown: Shown | undefined = result.data
    ? { data: result.data, asOf: result.asOf, fromCache: result.fromCache }
    : last;
  return {
    ...shown,
    error: result.data ? undefined : result.error,
    isLoading: result.isLoading,
    retry: result.mutate,
  };
}
