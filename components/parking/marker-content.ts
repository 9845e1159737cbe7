"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { fen, formatFenShort } from "@/lib/money";
import type { ParkingLot } from "./lot-model";
import { useLotFormat } from "./use-lot-format";

/**
 * What a lot's marker says: on it, free spaces and the next hour's price ("~" for a typical tariff); in its
 * accessible name, the same in words with the lot's name, and the walk from a chosen destination.
 */
export function useMarkerContent() {
  const t = useTranslations("parking");
  const f = useLotFormat();
  return useCallback(
    (lot: ParkingLot) => {
      const price = t(lot.feeEstimated ? "lot.oneHourTypical" : "lot.oneHour", {
        fee: f.money(lot.oneHourFeeFen),
      });
      const values = { name: lot.name, availability: f.availability(lot), free: f.free(lot), price };
      const name =
        lot.walkMinutes === undefined
          ? t("map.marker", values)
          : t("map.markerWalk", { ...values, walk: t("lot.walk", { minutes: lot.walkMinutes }) });
      const shortPrice = formatFenShort(fen(lot.oneHourFeeFen));
      return {
        name,
        shown: { free: String(lot.available), price: lot.feeEstimated ? `~${shortPrice}` : shortPrice },
      };
    },
    [t, f],
  );
}
