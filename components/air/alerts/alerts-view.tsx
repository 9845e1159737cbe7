"use client";

import { useTranslations } from "next-intl";
import { isUnauthorized } from "@/components/auth/unauthorized";
import { AsOf } from "@/components/data/as-of";
import { PushSwitch } from "@/components/push/push-switch";
import { Card } from "@/components/ui/card";
import { SignedOutPrompt } from "@/components/vehicles/signed-out-prompt";
import { useAlertPlaces } from "./alert-places-api";
import { PlaceForm } from "./place-form";
import { PlaceItem } from "./place-item";
import { StopNotice } from "./stop-notice";

/** /air/alerts: whether this device gets pushes, my saved places with their alert settings, and adding one. */
export function AlertsView({
  signedIn,
  highlight,
  stop,
}: {
  signedIn: boolean;
  /** The place an alert opened this page for. */
  highlight?: string;
  /** The place whose alerts the notification's stop button turns off. */
  stop?: string;
}) {
  const t = useTranslations("airAlerts");
  const places = useAlertPlaces(signedIn);
  const next = stop ? `/air/alerts?stop=${stop}` : "/air/alerts";
  if (!signedIn || isUnauthorized(places.error)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next={encodeURIComponent(next)} />;
  }
  const list = places.data?.places;
  const max = places.data?.max ?? 10;
  const refresh = () => places.mutate();

  return (
    <div className="flex flex-col gap-4">
      {stop && <StopNotice placeId={stop} onChanged={refresh} />}
      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("pushHeading")}</h2>
        <p className="mb-2 text-sm text-[var(--muted)]">{t("pushHint")}</p>
        <PushSwitch />
      </Card>
      <Card>
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-bold">{t("list.heading")}</h2>
            {list && (
              <span className="text-sm text-[var(--muted)]">
                {t("list.count", { count: list.length, max })}
              </span>
            )}
          </div>
          {places.fromCache && <AsOf at={places.asOf} fromCache />}
          {places.error && !list ? <p role="alert">{t("loadFailed")}</p> : null}
          {list && list.length === 0 && <p>{t("list.empty")}</p>}
          {list && list.length > 0 && (
            <ul className="flex flex-col gap-3" data-testid="alert-place-list">
              {list.map((place) => (
                <PlaceItem
                  key={place.id}
                  place={place}
                  highlighted={place.id === highlight}
                  onChanged={refresh}
                />
              ))}
            </ul>
          )}
        </div>
      </Card>
      {list && (
        <Card>{list.length < max ? <PlaceForm onSaved={refresh} /> : <p>{t("form.limit", { max })}</p>}</Card>
      )}
    </div>
  );
}
