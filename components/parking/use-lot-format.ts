"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { asOfFormat } from "@/lib/client/as-of-format";
import type { Locale } from "@/lib/i18n/config";
import { type Fen, formatFen } from "@/lib/money";
import { availabilityLevel, type ParkingLot } from "./lot-model";

/** The words a lot is described with, in the list, the popups and the markers' accessible names. */
export function useLotFormat() {
  const t = useTranslations("parking");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return useMemo(
    () => ({
      availability: (lot: ParkingLot) => t(`availability.${availabilityLevel(lot)}`),
      free: (lot: ParkingLot) =>
        t(lot.estimated.capacity ? "lot.freeTypical" : "lot.free", {
          available: lot.available,
          total: lot.total,
        }),
      distance: (metres: number) =>
        metres < 1000
          ? format.number(Math.round(metres / 10) * 10, { style: "unit", unit: "meter" })
          : format.number(metres / 1000, { style: "unit", unit: "kilometer", maximumFractionDigits: 1 }),
      money: (amount: number) => formatFen(amount as Fen, locale),
      time: (iso: string) => {
        const at = new Date(iso);
        return format.dateTime(at, asOfFormat(at, new Date()));
      },
    }),
    [t, format, locale],
  );
}
