"use client";

import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/ui/intent-link";
import type { ParkingLot } from "./lot-model";
import { useLotFormat } from "./use-lot-format";

export function LotPopup({ lot }: { lot: ParkingLot }) {
  const t = useTranslations("parking");
  const f = useLotFormat();
  return (
    <div className="flex flex-col gap-1" data-testid="lot-popup">
      <strong className="text-base">{lot.name}</strong>
      <span>
        {f.availability(lot)} · {f.free(lot)}
      </span>
      <span>
        {t(lot.feeEstimated ? "lot.oneHourTypical" : "lot.oneHour", { fee: f.money(lot.oneHourFeeFen) })}
      </span>
      {lot.walkMinutes !== undefined && <span>{t("lot.walk", { minutes: lot.walkMinutes })}</span>}
      <span className="text-sm">{t("lot.counted", { time: f.time(lot.observedAt) })}</span>
      <IntentLink
        href={`/parking/${lot.id}`}
        className="touch-target inline-flex items-center font-semibold underline"
      >
        {t("lot.details")}
      </IntentLink>
    </div>
  );
}
