"use client";

import { useTranslations } from "next-intl";
import { AsOf } from "@/components/data/as-of";
import { Button } from "@/components/ui/button";
import type { LotsResponse } from "./lot-model";
import { useLotFormat } from "./use-lot-format";

/** How old the numbers are, said plainly; louder when the feed is delayed or the data is a stored copy. */
export function DataStatus({
  data,
  fromCache,
  error,
  isLoading,
  onRetry,
}: {
  data?: LotsResponse;
  fromCache: boolean;
  error?: unknown;
  isLoading: boolean;
  onRetry: () => void;
}) {
  const t = useTranslations("parking.data");
  const common = useTranslations("common");
  const f = useLotFormat();
  if (!data) {
    if (error) {
      return (
        <div role="alert" className="flex flex-wrap items-center gap-3" data-testid="lots-error">
          <p className="font-semibold text-red-700 dark:text-red-300">{t("error")}</p>
          <Button variant="secondary" onClick={onRetry}>
            {common("retry")}
          </Button>
        </div>
      );
    }
    return isLoading ? <p className="text-[var(--muted)]">{t("loading")}</p> : null;
  }
  return (
    <div className="flex flex-col gap-1">
      <AsOf at={new Date(data.asOf)} fromCache={fromCache} className="text-base" />
      {data.stale && (
        <p
          data-testid="stale"
          className="rounded-xl border-2 border-amber-700 px-3 py-2 font-semibold text-amber-800 dark:border-amber-300 dark:text-amber-200"
        >
          {t("stale", { time: f.time(data.asOf) })}
        </p>
      )}
    </div>
  );
}
