"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import { fen, formatFen } from "@/lib/money";
import { cancelReservation, type Reservation } from "./reservation-api";
import { useRefundText } from "./use-refund-text";

/** My reservations at this lot, each with its state and, while it may be, a cancel button. */
export function MyReservations({
  reservations,
  onChange,
}: {
  reservations: Reservation[];
  onChange: () => void;
}) {
  const t = useTranslations("reservations");
  const locale = useLocale() as Locale;
  const display = useDisplayFormat();
  const errorText = useApiErrorText();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ id: string; text: string; error?: boolean } | null>(null);

  const refundText = useRefundText();
  const cancel = async (id: string) => {
    setBusy(id);
    try {
      const { refund } = await cancelReservation(id);
      setOutcome({ id, text: refundText(refund) });
      onChange();
    } catch (error) {
      setOutcome({ id, text: errorText(error), error: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="my-reservations-title" className="flex flex-col gap-2">
      <h3 id="my-reservations-title" className="text-lg font-bold">
        {t("mine")}
      </h3>
      {reservations.length === 0 && <p className="text-[var(--muted)]">{t("none")}</p>}
      <ul className="flex flex-col divide-y divide-[var(--border)]">
        {reservations.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 py-2" data-testid="my-reservation">
            <p className="font-semibold">
              {t("item", {
                plate: r.plate,
                time: display.dateTime(r.arrivalAt),
                hold: display.time(r.holdUntil),
              })}
            </p>
            <p data-testid="my-reservation-state">{t(`state.${r.state}`)}</p>
            {r.refund && outcome?.id !== r.id && (
              <p className="text-sm" data-testid="my-reservation-refund">
                {t(r.refund.refundedAt ? "refunded" : "refundPending", {
                  fee: formatFen(fen(r.refund.amountFen), locale),
                })}
              </p>
            )}
            {r.state === "confirmed" && (
              <>
                <p className="text-sm text-[var(--muted)]">
                  {t("freeCancelUntil", { time: display.dateTime(r.freeCancelUntil) })}
                </p>
                <Button variant="danger" onClick={() => void cancel(r.id)} disabled={busy === r.id}>
                  {busy === r.id ? t("cancelling") : t("cancel")}
                </Button>
              </>
            )}
            {outcome?.id === r.id && (
              <p
                role={outcome.error ? "alert" : "status"}
                data-testid="cancel-outcome"
                className="font-semibold"
              >
                {outcome.text}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
