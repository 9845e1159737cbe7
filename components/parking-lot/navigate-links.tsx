"use client";

import { useTranslations } from "next-intl";
import { NavigationButtons } from "@/components/maps/navigation-buttons";
import { navigationLinks } from "@/components/maps/navigation-links";
import { Card } from "@/components/ui/card";
import type { LotDetailResponse } from "./lot-detail-model";

/** Driving directions in AMap (GCJ-02), Apple Maps or Google Maps. */
export function NavigateLinks({ lot }: { lot: LotDetailResponse["lot"] }) {
  const t = useTranslations("parkingLot.navigate");
  const links = navigationLinks({ lat: lot.lat, lng: lot.lng }, lot.name);
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      <NavigationButtons links={links} label={(app) => t(app)} />
      {lot.estimated.location && <p className="mt-2 text-sm text-[var(--muted)]">{t("approximate")}</p>}
    </Card>
  );
}
