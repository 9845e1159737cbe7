"use client";

import { useLocale } from "next-intl";
import { useState } from "react";
import { useCityData } from "@/components/data/use-city-data";
import type { LatLng } from "@/lib/citybrain/types";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { isLotsResponse, type LotsResponse, lotsUrl } from "./lot-model";

interface Shown {
  data: LotsResponse;
  asOf?: Date;
  fromCache: boolean;
  /** The centre this answer's distances are measured from. */
  origin?: LatLng;
}

/**
 * Lots around `origin` (SWR, kept on this device for offline use); none asked for while `origin` is null (a
 * destination still being looked up). While a new radius or centre loads, the previous answer stays on screen
 * instead of an empty list.
 */
export function useParkingLots(
  origin: LatLng | null,
  radiusKm: number,
  initial?: ServerAnswer<LotsResponse>,
) {
  const locale = useLocale();
  const result = useCityData<LotsResponse>(origin ? lotsUrl(origin, radiusKm, locale) : null, {
    validate: isLotsResponse,
    initial,
  });
  const current: Shown | undefined = result.data
    ? { data: result.data, asOf: result.asOf, fromCache: result.fromCache, origin: origin ?? undefined }
    : undefined;
  // Starts with the first answer (the server's, when it gave one), so the page is not rendered twice to keep it.
  const [last, setLast] = useState<Shown | undefined>(current);
  if (current && current.data !== last?.data) setLast(current);
  const shown = current ?? last;
  return {
    ...shown,
    error: result.data ? undefined : result.error,
    isLoading: result.isLoading,
    retry: result.mutate,
  };
}
