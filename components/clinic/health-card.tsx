"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { isUnauthorized } from "@/components/auth/unauthorized";
import { AsOf } from "@/components/data/as-of";
import { useClinicAccount, useHealthCard } from "@/components/data/use-personal-data";
import { useOnline } from "@/components/pwa/use-online";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { SignedOutPrompt } from "@/components/vehicles/signed-out-prompt";
import { isApiError } from "@/lib/client/api";
import { cardWindows, currentWindow, skewMs } from "./card-windows";
import { QrCode } from "./qr-code";

/** The ticking "now" (once a second), on the server's clock. */
function useNow(skew: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now + skew;
}

/**
 * The health card shown at the hospital: a large QR code of this minute's signed token, the card id and a
 * countdown. It moves to the next stored token on the minute without asking the server, so it keeps working
 * offline for the next few minutes, and fetches a new set when online.
 */
export function HealthCard({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("clinicUi.card");
  const card = useHealthCard(signedIn);
  const account = useClinicAccount(signedIn);
  const online = useOnline();
  const data = card.data;
  const windows = useMemo(() => (data ? cardWindows(data) : []), [data]);
  const now = useNow(skewMs(windows[0], card.asOf?.getTime()));
  const shown = currentWindow(windows, now);
  const last = windows.at(-1);
  const refresh = card.mutate;
  // Online with the stored codes about to run out (or gone): ask for the next set.
  const runningOut = last !== undefined && Date.parse(last.validFrom) <= now;
  useEffect(() => {
    if (online && runningOut) void refresh();
  }, [online, runningOut, refresh]);

  if (!signedIn || isUnauthorized(card.error)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next="/clinic/card" />;
  }
  if (!data && isApiError(card.error, 404)) {
    return (
      <Card>
        <div className="flex flex-col gap-3" data-testid="card-not-enrolled">
          <p>{t("notEnrolled")}</p>
          <IntentLink
            href="/clinic"
            className="touch-target inline-flex items-center font-semibold underline"
          >
            {t("toClinic")}
          </IntentLink>
        </div>
      </Card>
    );
  }
  if (!data) {
    return card.error ? (
      <p role="alert">
        {t(card.error && isApiError(card.error) && card.error.unreachable ? "offlineNoCodes" : "loadFailed")}
      </p>
    ) : (
      <p role="status">{t("loading")}</p>
    );
  }
  const secondsLeft = shown ? Math.max(0, Math.ceil((Date.parse(shown.expiresAt) - now) / 1000)) : 0;
  return (
    <Card>
      <div className="flex flex-col items-center gap-3 text-center" data-testid="health-card">
        <AsOf at={card.asOf} fromCache={card.fromCache} />
        {account.data?.status === "suspended" && (
          <p role="alert" data-testid="health-card-suspended" className="font-semibold">
            {t("suspended")}
          </p>
        )}
        {shown ? (
          <>
            <div
              data-testid="health-card-qr"
              data-token={shown.token}
              data-expires-at={shown.expiresAt}
              className="w-full max-w-[min(90vw,24rem)] rounded-xl bg-white p-2"
            >
              <QrCode text={shown.token} label={t("qrLabel")} className="h-auto w-full" />
            </div>
            <p className="text-lg" role="timer" aria-live="off" data-testid="health-card-countdown">
              {t("countdown", { seconds: secondsLeft })}
            </p>
            {!online && <p data-testid="health-card-offline">{t("offlineStillValid")}</p>}
          </>
        ) : (
          <p role="alert" data-testid="health-card-ran-out" className="font-semibold">
            {t(online ? "refreshing" : "ranOut")}
          </p>
        )}
        <p>
          {t("cardId")}{" "}
          <strong className="break-all font-mono text-lg" data-testid="health-card-id">
            {data.healthCardId}
          </strong>
        </p>
        <p className="text-sm text-[var(--muted)]">{t("howTo")}</p>
      </div>
    </Card>
  );
}
