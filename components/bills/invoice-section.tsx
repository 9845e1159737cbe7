"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { INPUT_CLASS } from "@/components/ui/field-style";
import { sendJson } from "@/lib/client/api";
import type { BillView } from "./bill-format";

/** A paid bill's e-invoice (电子发票): ask for it (title, tax number, e-mail), then read and download it. */
export function InvoiceSection({
  bill,
  refresh,
  offline,
}: {
  bill: BillView;
  refresh: () => Promise<unknown>;
  offline: boolean;
}) {
  const t = useTranslations("billsUi.invoice");
  const display = useDisplayFormat();
  const errorText = useApiErrorText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [title, setTitle] = useState("");
  const [taxNumber, setTaxNumber] = useState("");
  const [email, setEmail] = useState("");

  if (bill.invoice) {
    return (
      <div className="flex flex-col gap-2" data-testid="invoice">
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        <p>{t("issued", { number: bill.invoice.number, date: display.dateTime(bill.invoice.issuedAt) })}</p>
        <p>{t("titleShown", { title: bill.invoice.title })}</p>
        <a
          href={`/api/parking/sessions/${bill.id}/invoice/pdf`}
          download
          className="touch-target inline-flex items-center self-start font-semibold underline"
        >
          {t("download")}
        </a>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await sendJson("POST", `/api/parking/sessions/${bill.id}/invoice`, { title, taxNumber, email });
    } catch (failure) {
      setBusy(false);
      setError(errorText(failure, t("failed")));
      return;
    }
    setBusy(false);
    await refresh();
  };

  return (
    <div className="flex flex-col gap-3" data-testid="invoice">
      <h2 className="text-lg font-bold">{t("heading")}</h2>
      {!open ? (
        <Button variant="secondary" className="self-start" disabled={offline} onClick={() => setOpen(true)}>
          {t("ask")}
        </Button>
      ) : (
        <ClientForm onSubmit={submit} className="flex flex-col gap-3">
          <ErrorAlert message={error} testId="invoice-error" />
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-title`} className="font-semibold">
              {t("titleLabel")}
            </label>
            <input
              id={`${id}-title`}
              className={INPUT_CLASS}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={100}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-tax`} className="font-semibold">
              {t("taxLabel")}
            </label>
            <input
              id={`${id}-tax`}
              className={`${INPUT_CLASS} font-mono`}
              value={taxNumber}
              onChange={(e) => setTaxNumber(e.target.value)}
              aria-describedby={`${id}-tax-hint`}
              autoCapitalize="characters"
              maxLength={20}
            />
            <p id={`${id}-tax-hint`} className="text-sm text-[var(--muted)]">
              {t("taxHint")}
            </p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-email`} className="font-semibold">
              {t("emailLabel")}
            </label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              className={INPUT_CLASS}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
              maxLength={254}
            />
          </div>
          <Button type="submit" className="self-start" disabled={busy || offline}>
            {t("submit")}
          </Button>
        </ClientForm>
      )}
    </div>
  );
}
