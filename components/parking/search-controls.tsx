"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { LocateStatus } from "@/components/maps/use-geolocation";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "./choice-group";
import { FEATURES, type KindFilter, type LotFilters, RADIUS_OPTIONS_KM, type RadiusKm } from "./lot-model";

const STATUS_TEXT: Record<LocateStatus, string> = {
  idle: "search.aroundDefault",
  locating: "search.locating",
  found: "search.aroundMe",
  denied: "search.denied",
  unavailable: "search.unavailable",
};

/** Where to search (my location, radius) and what to show (type, features). */
export function SearchControls({
  around,
  locateStatus,
  onLocate,
  radiusKm,
  onRadius,
  filters,
  onFilters,
}: {
  /** Said instead of "my location" when the lots are around something else (a chosen destination). */
  around?: ReactNode;
  locateStatus: LocateStatus;
  onLocate: () => void;
  radiusKm: RadiusKm;
  onRadius: (km: RadiusKm) => void;
  filters: LotFilters;
  onFilters: (filters: LotFilters) => void;
}) {
  const t = useTranslations("parking");
  const active = (filters.kind === "all" ? 0 : 1) + FEATURES.filter((feature) => filters[feature]).length;
  return (
    <div className="flex flex-col gap-3">
      {around ?? (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={onLocate} disabled={locateStatus === "locating"} data-testid="locate">
            {t("search.locate")}
          </Button>
          <p
            role="status"
            data-testid="locate-status"
            className={locateStatus === "denied" || locateStatus === "unavailable" ? "font-semibold" : ""}
          >
            {t(STATUS_TEXT[locateStatus])}
          </p>
        </div>
      )}
      <ChoiceGroup
        legend={t("search.radius")}
        name="radius"
        value={radiusKm}
        onChange={onRadius}
        options={RADIUS_OPTIONS_KM.map((km) => ({ value: km, label: t("search.radiusOption", { km }) }))}
      />
      <details
        className="rounded-xl border border-[var(--border)] bg-[var(--card)] px-3"
        data-testid="filters"
      >
        <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
          {active > 0 ? t("filters.labelActive", { count: active }) : t("filters.label")}
        </summary>
        <div className="flex flex-col gap-3 pb-3">
          <ChoiceGroup<KindFilter>
            legend={t("filters.kind")}
            name="kind"
            value={filters.kind}
            onChange={(kind) => onFilters({ ...filters, kind })}
            options={(["all", "offstreet", "onstreet"] as const).map((kind) => ({
              value: kind,
              label: t(`filters.${kind}`),
            }))}
          />
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 text-sm font-semibold">{t("filters.only")}</legend>
            <div className="flex flex-wrap gap-2">
              {FEATURES.map((feature) => (
                <label
                  key={feature}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-[var(--border)] px-3"
                >
                  <input
                    type="checkbox"
                    checked={filters[feature]}
                    onChange={(event) => onFilters({ ...filters, [feature]: event.target.checked })}
                    className="h-5 w-5 accent-[var(--accent)]"
                  />
                  {t(`filters.${feature}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </details>
    </div>
  );
}
