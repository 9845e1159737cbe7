"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { NAVIGATION_APPS, navigationLinks } from "@/components/maps/navigation-links";
import { IntentLink } from "@/components/ui/intent-link";
import { AvailabilityBadge } from "./availability-badge";
import { FEATURES, hasFeature, type ParkingLot } from "./lot-model";
import { useLotFormat } from "./use-lot-format";

const LINK = "touch-target inline-flex items-center rounded-xl px-3 font-semibold underline";

/**
 * One lot in the list: how full, how far, what it offers, and ways to get there. Drawn again only for a changed
 * lot: the list grows a few cards per task, and each step would otherwise draw every card before it again.
 */
export const LotCard = memo(function LotCard({ lot }: { lot: ParkingLot }) {
  const t = useTranslations("parking.lot");
  const f = useLotFormat();
  const headingId = `lot-${lot.id}`;
  const links = navigationLinks(lot, lot.name);
  const features = FEATURES.filter((feature) => hasFeature(lot, feature));
  return (
    <article
      aria-labelledby={headingId}
      data-testid="lot-item"
      data-lot-id={lot.id}
      data-distance={lot.distanceM}
      data-available={lot.available}
      data-zone={lot.zone}
      data-fee={lot.twoHourFeeFen}
      className="rounded-2xl border border-[var(--border)] bg-[var(--card)] p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <h3 id={headingId} className="min-w-0 break-words text-lg font-semibold" data-testid="lot-name">
          {lot.name}
        </h3>
        <AvailabilityBadge lot={lot} />
      </div>
      <p className="mt-1 text-lg font-semibold" data-testid="lot-free">
        {f.free(lot)}
      </p>
      {lot.estimated.capacity && <p className="text-sm text-[var(--muted)]">{t("typical")}</p>}
      {lot.walkMinutes !== undefined && (
        <p className="mt-1 font-semibold" data-testid="lot-walk" data-minutes={lot.walkMinutes}>
          {t("walk", { minutes: lot.walkMinutes })}
        </p>
      )}
      <p className="mt-1" data-testid="lot-fee">
        {t(lot.feeEstimated ? "twoHoursTypical" : "twoHours", { fee: f.money(lot.twoHourFeeFen) })}
      </p>
      <p className="mt-1 text-[var(--muted)]">
        {/* A street berth's zone sets its price; a car park's price basis is said once, on the fee line above. */}
        {[
          t(lot.kind),
          ...(lot.kind === "onstreet" ? [t(`zone.${lot.zone}`)] : []),
          t("away", { distance: f.distance(lot.distanceM) }),
        ].join(" · ")}
      </p>
      {features.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm">
          {features.map((feature) => (
            <li key={feature} className="rounded-full bg-[var(--surface)] px-2 py-0.5">
              {t(feature)}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-1">
        {/* Not fetched ahead: a list of dozens of car parks would ask for dozens of pages nobody opens. */}
        <IntentLink href={`/parking/${lot.id}`} className={`${LINK} text-[var(--accent)]`}>
          {t("details")}
        </IntentLink>
        <ul aria-label={t("navigate", { name: lot.name })} className="flex flex-wrap">
          {NAVIGATION_APPS.map((app) => (
            <li key={app}>
              <a href={links[app]} className={LINK} rel="noopener noreferrer" data-testid={`nav-${app}`}>
                {t(app)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
});
