"use client";

import { useTranslations } from "next-intl";
import type { ParkingCoverage } from "@/lib/parking/coverage";

/** How much of the city the data shown covers, counted from the feed, so nobody takes it for every car park. */
export function CoverageNote({ coverage }: { coverage?: ParkingCoverage }) {
  const t = useTranslations("parking.data");
  if (!coverage) return null;
  return (
    <p
      className="text-sm text-[var(--muted)]"
      data-testid="coverage"
      data-car-parks={coverage.carParks}
      data-street-groups={coverage.streetGroups}
    >
      {t("coverage", { carParks: coverage.carParks, streetGroups: coverage.streetGroups })}
    </p>
  );
}
