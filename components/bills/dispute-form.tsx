"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { sendJson } from "@/lib/client/api";

const REASONS = ["not_my_car", "wrong_times", "other"] as const;

/** Disputes a bill (within 7 days of leaving; the server has the last word and its refusal is shown). */
export function DisputeForm({
  billId,
  onSent,
  unavailableNoteId,
}: {
  billId: string;
  onSent: () => Promise<unknown>;
  /** Set (to the id of the text saying why) when sending cannot work now, e.g. offline. */
  unavailableNoteId?: string;
}) {
  const t = useTranslations("billsUi.dispute");
  const errorText = useApiErrorText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<(typeof REASONS)[number]>("not_my_car");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await sendJson("POST", `/api/parking/sessions/${billId}/dispute`, { reason, note });
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("failed")));
      return;
    }
    setBusy(false);
    setOpen(false);
    await onSent();
  };

  if (!open) {
    return (
      <Button
        variant="secondary"
        className="self-start"
        disabled={unavailableNoteId !== undefined}
        aria-describedby={unavailableNoteId}
        onClick={() => setOpen(true)}
      >
        {t("heading")}
      </Button>
    );
  }
  return (
    <ClientForm onSubmit={submit} className="flex flex-col gap-3" data-testid="dispute-form">
      <h2 className="text-lg font-bold">{t("heading")}</h2>
      <p>{t("explain")}</p>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">{t("reason")}</legend>
        {REASONS.map((value) => (
          <label key={value} className="touch-target flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-reason`}
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
              className="size-5"
            />
            {t(`reasons.${value}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`} className="font-semibold">
        {t("note")}
      </label>
      <textarea
        id={`${id}-note`}
        className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] p-3 text-[var(--text)]"
        value={note}
        maxLength={500}
        rows={3}
        onChange={(e) => setNote(e.target.value)}
      />
      <ErrorAlert message={error} testId="dispute-error" />
      <Button
        type="submit"
        disabled={busy || unavailableNoteId !== undefined}
        aria-describedby={unavailableNoteId}
        className="self-start"
      >
        {t("submit")}
      </Button>
    </ClientForm>
  );
}
