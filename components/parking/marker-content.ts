"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { fen, formatFenShort } from "@/lib/money";
import type { LotMarker } from "./lot-clusters";
import { availabilityLevel, type ParkingLot } from "./lot-model";
import { clusterMarkerLook, lotMarkerLook, type MarkerLook } from "./marker-html";
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

/** How each marker looks, on the live map and on its picture alike: a lot, a group of lots, or lots at one place. */
export function useMarkerLook(elder: boolean) {
  const t = useTranslations("parking.map");
  const content = useMarkerContent();
  return useCallback(
    (marker: LotMarker): MarkerLook => {
      if (marker.kind === "lot") {
        const { name, shown } = content(marker.lot);
        return lotMarkerLook(availabilityLevel(marker.lot), shown, name, elder);
      }
      const count = marker.kind === "cluster" ? marker.count : marker.lots.length;
      const words = t(marker.kind === "cluster" ? "cluster" : "together", {
        count,
        available: marker.available,
      });
      return clusterMarkerLook(count, words, t("clusterUnit", { count }), elder, marker.kind === "together");
    },
    [t, content, elder],
  );
}
