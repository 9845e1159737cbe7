"use client";

import { useTranslations } from "next-intl";

const SWATCHES = [
  { key: "plenty", className: "rounded-full bg-[#15803d]" },
  { key: "few", className: "rounded-[28%] bg-[#b45309]" },
  { key: "almostFull", className: "rounded-[3px] bg-[#b91c1c]" },
] as const;

/** What the marker colours, shapes and numbers mean, in words (colour is never the only cue). */
export function MapLegend({ destination = false }: { destination?: boolean }) {
  const t = useTranslations("parking");
  return (
    <div className="text-sm" data-testid="map-legend">
      <p className="font-semibold">{t("legend.title")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {SWATCHES.map(({ key, className }) => (
          <li key={key} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`inline-block h-4 w-4 border-2 border-white shadow ${className}`}
            />
            <span>
              {t(`availability.${key}`)} · {t(`legend.${key}`)}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-[var(--muted)]">{t("legend.number")}</p>
      {destination && (
        <p className="mt-1 flex items-center gap-1.5 text-[var(--muted)]">
          <span
            aria-hidden="true"
            className="inline-block h-4 w-4 rotate-[-45deg] rounded-[50%_50%_50%_0] border-2 border-white bg-[#1d4ed8] shadow"
          />
          {t("legend.destination")}
        </p>
      )}
    </div>
  );
}
