"use client";

import { useTranslations } from "next-intl";
import { type AvailabilityLevel, availabilityLevel, type ParkingLot } from "./lot-model";

const STYLES: Record<AvailabilityLevel, string> = {
  plenty: "border-green-700 text-green-800 dark:border-green-400 dark:text-green-300",
  few: "border-amber-700 text-amber-800 dark:border-amber-300 dark:text-amber-200",
  almostFull: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  full: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
};

/** How full a lot is, in words, with the marker colour as a border. */
export function AvailabilityBadge({ lot }: { lot: ParkingLot }) {
  const t = useTranslations("parking.availability");
  const level = availabilityLevel(lot);
  return (
    <span
      data-level={level}
      className={`shrink-0 rounded-full border-2 px-2 py-0.5 text-sm font-semibold ${STYLES[level]}`}
    >
      {t(level)}
    </span>
  );
}
