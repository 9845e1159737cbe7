"use client";

import { useLocale, useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import type { LocateStatus } from "@/components/maps/use-geolocation";
import { Button } from "@/components/ui/button";
import { inLocale } from "./aqi-look";
import type { AirForecastAnswer } from "./types";

/**
 * "The air where I am": asks for the location only when pressed (or when it was allowed before), then names the
 * stations the estimate is made of and how far each is. Without a location the stations can still be chosen.
 */
export function NearMe({
  status,
  onLocate,
  answer,
  error,
}: {
  status: LocateStatus;
  onLocate: () => void;
  /** The forecast of the rounded point, once it has arrived. */
  answer?: AirForecastAnswer;
  /** Why it could not be read, in words. */
  error?: string;
}) {
  const t = useTranslations("airUi.nearMe");
  const format = useDisplayFormat();
  const locale = useLocale();
  const stations = answer?.place.kind === "point" ? answer.place.stations : [];
  return (
    <section aria-labelledby="air-near-me-heading" className="flex flex-col gap-2" data-testid="air-near-me">
      <h2 id="air-near-me-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <div>
        <Button onClick={onLocate} disabled={status === "locating"}>
          {t("button")}
        </Button>
      </div>
      <p className="text-sm text-[var(--muted)]">{t("privacy")}</p>
      <div aria-live="polite" data-testid="air-near-me-status">
        {status === "locating" && <p>{t("locating")}</p>}
        {status === "denied" && <p>{t("denied")}</p>}
        {status === "unavailable" && <p>{t("unavailable")}</p>}
        {status === "found" && error && <p>{t("failed", { reason: error })}</p>}
        {status === "found" && stations.length > 0 && (
          <>
            <p data-testid="air-near-me-stations">
              {t("madeOf", {
                list: stations
                  .map((s) => `${inLocale(s.name, locale)} ${format.distance(s.distanceM)}`)
                  .join(" · "),
              })}
            </p>
            <p>{t("showing")}</p>
          </>
        )}
      </div>
    </section>
  );
}
