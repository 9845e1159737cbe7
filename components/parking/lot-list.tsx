"use client";

import { useTranslations } from "next-intl";
import { memo, useId } from "react";
import { useProgressiveCount } from "@/components/ui/use-progressive-count";
import { LotCard } from "./lot-card";
import { type ParkingLot, SORT_KEYS, type SortKey } from "./lot-model";

// Cards in the page's HTML and in each later task: the nearest ones arrive with the page, and the rest are added
// after it has started, a few per task, instead of all of them in one long hydration on a slow phone.
const CARDS_PER_TASK = 10;

/**
 * The lots as a sorted list: the main view for screen readers and in elder mode. Drawn again only when what it
 * shows changes (a phone's hidden list would otherwise be redrawn with every keystroke in the search).
 */
export const LotList = memo(function LotList({
  lots,
  radiusKm,
  sort,
  onSort,
  destinationName,
}: {
  lots: ParkingLot[];
  radiusKm: number;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  /** The chosen destination's name, when the lots are around one rather than around the person. */
  destinationName?: string;
}) {
  const t = useTranslations("parking");
  const selectId = useId();
  const drawn = useProgressiveCount(lots.length, CARDS_PER_TASK);
  return (
    <section aria-labelledby="lots-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="lots-heading" className="text-xl font-bold">
            {destinationName ? t("list.headingTo", { name: destinationName }) : t("list.heading")}
          </h2>
          <p className="text-[var(--muted)]" data-testid="lot-count" aria-live="polite">
            {t("list.count", { count: lots.length, km: radiusKm })}
          </p>
        </div>
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor={selectId} className="text-sm font-semibold">
            {t("sort.label")}
          </label>
          <select
            id={selectId}
            value={sort}
            onChange={(event) => onSort(event.target.value as SortKey)}
            className="touch-target max-w-full rounded-xl border border-[var(--border)] bg-[var(--card)] px-3"
            data-testid="sort"
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {sort === "price" && (
        <p className="text-sm text-[var(--muted)]" data-testid="price-note">
          {t("sort.priceNote")}
        </p>
      )}
      {lots.length === 0 ? (
        <p data-testid="lots-empty">{t("list.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="lot-list">
          {lots.slice(0, drawn).map((lot) => (
            <li key={lot.id}>
              <LotCard lot={lot} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
