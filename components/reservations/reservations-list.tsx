"use client";

import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { useReservations } from "@/components/data/use-personal-data";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { IntentLink } from "@/components/ui/intent-link";
import { SignedOutPrompt } from "@/components/vehicles/signed-out-prompt";
import { isApiError } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/config";
import { fen, formatFen } from "@/lib/money";
import { cancelReservation, type Reservation } from "./reservation-api";
import { useRefundText } from "./use-refund-text";

const MINUTE = 60_000;

/** Me → My reservations: every booking with its car park, plate, state, time window and time left. */
export function ReservationsList({ lotNames }: { lotNames: Record<string, string> }) {
  const t = useTranslations("reservations.list");
  const states = useTranslations("reservations.state");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  // Re-rendered every half minute so "time left" stays true while the page is open.
  const now = useNow({ updateInterval: 30_000 });
  const errorText = useApiErrorText();
  const display = useDisplayFormat();
  const refundText = useRefundText();
  const reservations = useReservations();
  const [asking, setAsking] = useState<Reservation | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<{ id: string; text: string } | null>(null);
  const closeDialog = useCallback(() => {
    setAsking(null);
    setError(undefined);
  }, []);

  if (isApiError(reservations.error, 401)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next="/me/reservations" />;
  }
  const list = reservations.data?.reservations;
  const lotOf = (r: Reservation) => lotNames[r.lotId] ?? r.lotId;
  const time = display.dateTime;
  const clock = display.time;

  const timeLeft = (r: Reservation) => {
    if (r.state !== "confirmed") return null;
    const arrival = Date.parse(r.arrivalAt);
    if (now.getTime() < arrival) return t("arrivesIn", { relative: format.relativeTime(arrival, now) });
    const minutes = Math.max(0, Math.ceil((Date.parse(r.holdUntil) - now.getTime()) / MINUTE));
    return t("heldFor", { duration: display.duration(minutes) });
  };

  const confirmCancel = async () => {
    if (!asking) return;
    setBusy(true);
    setError(undefined);
    try {
      const { refund } = await cancelReservation(asking.id);
      setOutcome({ id: asking.id, text: refundText(refund) });
      setAsking(null);
      await reservations.mutate();
    } catch (failure) {
      setError(errorText(failure, t("cancelFailed")));
    } finally {
      setBusy(false);
    }
  };

  const freeCancel = asking !== null && now.getTime() < Date.parse(asking.freeCancelUntil);
  return (
    <Card>
      <div className="flex flex-col gap-3" data-testid="reservations-list">
        {reservations.error !== undefined && !list ? (
          <p role="alert">{errorText(reservations.error, t("loadFailed"))}</p>
        ) : null}
        {list === undefined && reservations.isLoading && (
          <p className="text-[var(--muted)]">{t("loading")}</p>
        )}
        {list && list.length === 0 && <p>{t("empty")}</p>}
        {list && list.length > 0 && (
          <ul className="flex flex-col divide-y divide-[var(--border)]">
            {list.map((r) => (
              <li
                key={r.id}
                className="flex flex-col gap-1 py-3"
                data-testid="reservation-item"
                data-id={r.id}
              >
                <IntentLink
                  href={`/parking/${encodeURIComponent(r.lotId)}`}
                  className="text-lg font-bold underline"
                >
                  {lotOf(r)}
                </IntentLink>
                <p>
                  <span className="font-mono">{r.plate}</span> ·{" "}
                  <span data-testid="reservation-state" className="font-semibold">
                    {states(r.state)}
                  </span>
                </p>
                <p data-testid="reservation-window">
                  {t("window", { start: time(r.arrivalAt), end: clock(r.holdUntil) })}
                </p>
                {timeLeft(r) && (
                  <p className="text-sm" data-testid="reservation-time-left">
                    {timeLeft(r)}
                  </p>
                )}
                {outcome?.id === r.id && (
                  <p role="status" data-testid="reservation-outcome" className="font-semibold">
                    {outcome.text}
                  </p>
                )}
                {r.state === "confirmed" && (
                  <Button
                    variant="danger"
                    className="self-start"
                    onClick={() => {
                      setOutcome(null);
                      setAsking(r);
                    }}
                  >
                    {t("cancel")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={t("cancelTitle")}
        confirmLabel={t("cancelConfirm")}
        cancelLabel={t("cancelKeep")}
        busy={busy}
        error={error}
        onConfirm={() => void confirmCancel()}
        onCancel={closeDialog}
        testId="cancel-reservation-dialog"
      >
        {asking && (
          <p>
            {t("cancelBody", { plate: asking.plate, lot: lotOf(asking), time: time(asking.arrivalAt) })}{" "}
            {freeCancel
              ? t("cancelRefund", { fee: formatFen(fen(asking.feeFen), locale) })
              : t("cancelNoRefund")}
          </p>
        )}
      </ConfirmDialog>
    </Card>
  );
}
