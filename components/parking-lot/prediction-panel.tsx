"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { LotDetailResponse } from "./lot-detail-model";

/** Free spaces expected in 15, 30 and 60 minutes, each with the range it will most likely fall in. */
export function PredictionPanel({ prediction }: { prediction: LotDetailResponse["prediction"] }) {
  const t = useTranslations("parkingLot.prediction");
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      {prediction ? (
        <>
          <ul className="grid grid-cols-3 gap-2" data-testid="prediction">
            {prediction.horizons.map((h) => (
              <li key={h.minutes} className="rounded-xl bg-[var(--surface)] p-3 text-center">
                <p className="text-sm text-[var(--muted)]">{t("in", { minutes: h.minutes })}</p>
                <p className="text-2xl font-bold">{h.available}</p>
                <p className="text-sm">{t("range", { low: h.low, high: h.high })}</p>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-[var(--muted)]">
            {t("confidence", { percent: Math.round(prediction.basis.intervalCoverage * 100) })}
          </p>
        </>
      ) : (
        <p className="text-[var(--muted)]" data-testid="prediction-none">
          {t("none")}
        </p>
      )}
    </Card>
  );
}
