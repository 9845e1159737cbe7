"use client";

import { useLocale, useTranslations } from "next-intl";
import { AsOf } from "@/components/data/as-of";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { useCityData } from "@/components/data/use-city-data";
import { ReservationPanel } from "@/components/reservations/reservation-panel";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { type LotDetailResponse, lotDetailUrl } from "./lot-detail-model";
import { NavigateLinks } from "./navigate-links";
import { PredictionPanel } from "./prediction-panel";
import { QuoteCalculator } from "./quote-calculator";
import { TariffPanel } from "./tariff-panel";
import { TodaysCurve } from "./todays-curve";

/** One car park: free spaces now and soon, today's curve, what it costs, and the way there. */
export function LotDetail({ id, initial }: { id: string; initial?: ServerAnswer<LotDetailResponse> }) {
  const t = useTranslations("parkingLot");
  const common = useTranslations("common");
  const errorText = useApiErrorText();
  const detail = useTranslations("parking.detail");
  const back = (
    <IntentLink
      href="/parking"
      className="touch-target inline-flex items-center font-semibold text-[var(--accent)] underline"
    >
      {detail("back")}
    </IntentLink>
  );
  const { data, error, isLoading, fromCache, asOf, mutate } = useCityData<LotDetailResponse>(
    lotDetailUrl(id, useLocale()),
    { initial },
  );
  if (!data) {
    if (error) {
      return (
        <Card>
          {back}
          <div role="alert" data-testid="lot-error" className="flex flex-col gap-3">
            <p className="font-semibold">{errorText(error, t("loadFailed"))}</p>
            <Button variant="secondary" onClick={() => void mutate()}>
              {common("retry")}
            </Button>
          </div>
        </Card>
      );
    }
    return <p className="text-[var(--muted)]">{isLoading ? t("loading") : null}</p>;
  }
  const { lot } = data;
  return (
    <div className="flex flex-col gap-4">
      {back}
      <h1 className="text-2xl font-bold" data-testid="lot-name">
        {lot.name}
      </h1>
      <Card>
        <h2 className="sr-only">{t("now.title")}</h2>
        <p className="text-3xl font-bold" data-testid="lot-free">
          {t(lot.estimated.capacity ? "now.freeTypical" : "now.free", {
            available: lot.available,
            total: lot.total,
          })}
        </p>
        <AsOf at={new Date(data.asOf)} fromCache={fromCache || data.stale} className="text-base" />
        {data.stale && <p className="font-semibold text-amber-800 dark:text-amber-200">{t("now.stale")}</p>}
        {asOf && fromCache && <p className="text-sm text-[var(--muted)]">{t("now.offline")}</p>}
      </Card>
      <PredictionPanel prediction={data.prediction} />
      <TodaysCurve points={data.today} prediction={data.prediction} />
      <TariffPanel summary={lot.tariffSummary} example={lot.example.text} />
      <QuoteCalculator lotId={lot.id} />
      <NavigateLinks lot={lot} />
      {lot.category.includes("reservable") && <ReservationPanel lotId={lot.id} />}
    </div>
  );
}
