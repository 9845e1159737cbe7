"use client";

import { useTranslations } from "next-intl";
import { AqiChip } from "./aqi-chip";
import type { AirStation } from "./types";
import { useAqiWords } from "./use-aqi-words";

/** Every station, worst air first (station-order.ts says why), each to be chosen for the forecast. */
export function StationList({
  stations,
  selectedId,
  onSelect,
}: {
  stations: readonly AirStation[];
  selectedId: string | null;
  onSelect: (station: AirStation) => void;
}) {
  const t = useTranslations("airUi");
  const words = useAqiWords();
  return (
    <section aria-labelledby="air-stations-heading" className="flex flex-col gap-2">
      <h2 id="air-stations-heading" className="text-xl font-bold">
        {t("list.heading")}
      </h2>
      <p className="text-[var(--muted)]">{t("list.order")}</p>
      <ol
        className="flex flex-col divide-y divide-[var(--border)] rounded-2xl border border-[var(--border)] bg-[var(--card)]"
        data-testid="air-station-list"
      >
        {stations.map((station) => {
          const { value, level, colour, category, primary } = station.aqi;
          return (
            <li
              key={station.id}
              data-testid="air-station"
              data-station-id={station.id}
              data-aqi={value ?? ""}
              className={station.id === selectedId ? "border-l-4 border-l-[var(--accent)]" : ""}
            >
              <button
                type="button"
                className="touch-target flex w-full items-center gap-3 p-3 text-left"
                aria-pressed={station.id === selectedId}
                onClick={() => onSelect(station)}
              >
                <AqiChip aqi={value} level={level} colour={colour} />
                <span className="flex min-w-0 flex-col">
                  <span className="font-semibold" data-testid="air-station-name">
                    {station.name}
                  </span>
                  <span>{value === null ? t("noAqi") : words.category(category)}</span>
                  {value === null ? (
                    <span className="text-sm text-[var(--muted)]">{t("noAqiWhy")}</span>
                  ) : (
                    <span className="text-sm">{words.primary(primary, value)}</span>
                  )}
                  <span className="text-sm text-[var(--muted)]">{words.reading(station.observedAt)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
