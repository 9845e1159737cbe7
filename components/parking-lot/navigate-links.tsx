"use client";

import { useTranslations } from "next-intl";
import { NAVIGATION_APPS, navigationLinks } from "@/components/parking/navigation-links";
import { Card } from "@/components/ui/card";
import type { LotDetailResponse } from "./lot-detail-model";

/** Driving directions in AMap (GCJ-02), Apple Maps or Google Maps. */
export function NavigateLinks({ lot }: { lot: LotDetailResponse["lot"] }) {
  const t = useTranslations("parkingLot.navigate");
  const links = navigationLinks({ lat: lot.lat, lng: lot.lng }, lot.name);
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      <div className="flex flex-wrap gap-2">
        {NAVIGATION_APPS.map((app) => (
          <a
            key={app}
            href={links[app]}
            target="_blank"
            rel="noopener noreferrer"
            className="touch-target inline-flex items-center rounded-xl border border-[var(--border)] px-4 py-2 font-semibold"
          >
            {t(app)}
          </a>
        ))}
      </div>
      {lot.estimated.location && <p className="mt-2 text-sm text-[var(--muted)]">{t("approximate")}</p>}
    </Card>
  );
}
