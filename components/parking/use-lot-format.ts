"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { availabilityLevel, type ParkingLot } from "./lot-model";

/** The words a lot is described with, in the list, the popups and the markers' accessible names. */
export function useLotFormat() {
  const t = useTranslations("parking");
  const format = useDisplayFormat();
  return useMemo(
    () => ({
      availability: (lot: ParkingLot) => t(`availability.${availabilityLevel(lot)}`),
      free: (lot: ParkingLot) =>
        t(lot.estimated.capacity ? "lot.freeTypical" : "lot.free", {
          available: lot.available,
          total: lot.total,
        }),
      distance: format.distance,
      money: format.money,
      time: (iso: string) => format.asOf(new Date(iso)),
    }),
    [t, format],
  );
}
