"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { sendJson } from "@/lib/client/api";

/** After a refused licence check: ask for a person to review who owns the plate. */
export function OwnershipReviewForm({ plate, ownerName }: { plate: string; ownerName: string }) {
  const t = useTranslations("vehicles.add");
  const errorText = useApiErrorText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { review } = await sendJson<{ review: { plate: string } }>("POST", "/api/me/plate-reviews", {
        plate,
        ownerName,
        note,
      });
      setDone(t("reviewDone", { plate: review.plate }));
    } catch (error) {
      setError(errorText(error, t("reviewFailed")));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <Button variant="secondary" className="self-start" onClick={() => setOpen(true)}>
        {t("reviewAsk")}
      </Button>
    );
  }
  return (
    <ClientForm onSubmit={submit} className="flex flex-col gap-3" data-testid="ownership-review">
      <h3 className="font-bold">{t("reviewAsk")}</h3>
      <p id={`${id}-explain`}>{t("reviewExplain")}</p>
      <label htmlFor={`${id}-note`} className="font-semibold">
        {t("reviewNoteLabel")}
      </label>
      <textarea
        id={`${id}-note`}
        className="touch-target w-full rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-base text-[var(--text)]"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={`${id}-explain`}
        maxLength={500}
        rows={3}
      />
      <ErrorAlert message={error} testId="ownership-review-error" />
      <p role="status" data-testid="ownership-review-done">
        {done}
      </p>
      {!done && (
        <Button type="submit" disabled={busy} className="self-start">
          {t("reviewSubmit")}
        </Button>
      )}
    </ClientForm>
  );
}
