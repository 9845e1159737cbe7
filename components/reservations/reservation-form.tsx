"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { isApiError } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/config";
import { fen, formatFen } from "@/lib/money";
import { RESERVATION_FEE_FEN } from "@/lib/reservations/reservation-fee";
import { defaultArrival, fromHangzhouLocal, toHangzhouLocal } from "./hangzhou-clock";
import { bookReservation, type Reservation } from "./reservation-api";

/** Plate, arrival time on the Hangzhou clock, the fee, then a confirmation step before paying. */
export function ReservationForm({
  lotId,
  plates,
  onBooked,
}: {
  lotId: string;
  plates: string[];
  onBooked: (reservation: Reservation) => void;
}) {
  const t = useTranslations("reservations");
  const locale = useLocale() as Locale;
  const errorText = useApiErrorText();
  const ids = { plate: useId(), arrival: useId() };
  const [now] = useState(() => new Date());
  const [plate, setPlate] = useState(plates[0] ?? "");
  const [arrival, setArrival] = useState(() => toHangzhouLocal(defaultArrival(now)));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // One key per confirmed attempt: a retried request after a lost answer returns the same reservation.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const fee = formatFen(fen(RESERVATION_FEE_FEN), locale);

  const book = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const { reservation } = await bookReservation(
        { lotId, plate, arrivalAt: fromHangzhouLocal(arrival) },
        key,
      );
      const hold = toHangzhouLocal(new Date(reservation.holdUntil)).slice(11);
      const pending = reservation.state === "pending_payment";
      setMessage({ kind: "ok", text: pending ? t("bookedPending") : t("booked", { time: hold }) });
      setKey(crypto.randomUUID());
      onBooked(reservation);
    } catch (error) {
      setMessage({ kind: "error", text: errorText(error) });
      // A refusal ends this attempt; after no answer, trying again must reuse the key (it may have been booked).
      if (isApiError(error) && error.kind === "http") setKey(crypto.randomUUID());
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <ClientForm
      className="flex flex-col gap-3"
      data-testid="reservation-form"
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      <label htmlFor={ids.plate} className="font-semibold">
        {t("plate")}
      </label>
      <select
        id={ids.plate}
        value={plate}
        onChange={(event) => setPlate(event.target.value)}
        className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg"
      >
        {plates.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <label htmlFor={ids.arrival} className="font-semibold">
        {t("arrival")}
      </label>
      <input
        id={ids.arrival}
        type="datetime-local"
        required
        value={arrival}
        min={toHangzhouLocal(now)}
        max={toHangzhouLocal(new Date(now.getTime() + 24 * 3_600_000))}
        onChange={(event) => setArrival(event.target.value)}
        className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg"
      />
      <p data-testid="reservation-fee">{t("fee", { fee })}</p>
      <p className="text-sm text-[var(--muted)]">{t("rules")}</p>
      {confirming ? (
        <div aria-live="polite" className="flex flex-col gap-2" data-testid="reservation-confirm">
          <p className="font-semibold">{t("confirm", { plate, time: arrival.replace("T", " "), fee })}</p>
          <div className="flex gap-2">
            <Button onClick={() => void book()} disabled={busy}>
              {busy ? t("booking") : t("confirmYes")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t("confirmNo")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={!plate || !arrival}>
          {t("book")}
        </Button>
      )}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          data-testid={message.kind === "error" ? "reservation-error" : "reservation-booked"}
          className={
            message.kind === "error" ? "font-semibold text-red-700 dark:text-red-300" : "font-semibold"
          }
        >
          {message.text}
        </p>
      )}
    </ClientForm>
  );
}
