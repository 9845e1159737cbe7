"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ClientForm } from "@/components/ui/client-form";
import { getJson, isApiError } from "@/lib/client/api";
import type { Locale } from "@/lib/i18n/config";
import { type Fen, formatFen } from "@/lib/money";
import type { QuoteResponse } from "./lot-detail-model";
import { defaultStay, shanghaiWallTimeToIso } from "./quote-times";

const VEHICLE_CLASSES = ["small", "large", "motorcycle"] as const;

/** "What would it cost": the same engine that bills, for any arrival and departure. */
export function QuoteCalculator({ lotId }: { lotId: string }) {
  const t = useTranslations("parkingLot.quote");
  const locale = useLocale() as Locale;
  const errorText = useApiErrorText();
  const ids = useId();
  const [stay, setStay] = useState(() => defaultStay(new Date()));
  const [vehicleClass, setVehicleClass] = useState<(typeof VEHICLE_CLASSES)[number]>("small");
  const [result, setResult] = useState<{ quote?: QuoteResponse; error?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const query = new URLSearchParams({
      entry: shanghaiWallTimeToIso(stay.entry),
      exit: shanghaiWallTimeToIso(stay.exit),
      vehicleClass,
      lang: locale,
    });
    try {
      const quote = await getJson<QuoteResponse>(
        `/api/parking/lots/${encodeURIComponent(lotId)}/quote?${query}`,
      );
      setResult({ quote });
    } catch (error) {
      setResult({
        error: isApiError(error) && error.unreachable ? t("offline") : errorText(error, t("failed")),
      });
    } finally {
      setBusy(false);
    }
  }

  const field = "touch-target w-full rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2";
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      <ClientForm
        onSubmit={submit}
        className="grid grid-cols-[minmax(0,1fr)] gap-3 sm:grid-cols-3"
        data-testid="quote-form"
      >
        <label htmlFor={`${ids}-entry`} className="flex flex-col gap-1">
          {t("entry")}
          <input
            id={`${ids}-entry`}
            type="datetime-local"
            required
            value={stay.entry}
            onChange={(e) => setStay({ ...stay, entry: e.target.value })}
            className={field}
          />
        </label>
        <label htmlFor={`${ids}-exit`} className="flex flex-col gap-1">
          {t("exit")}
          <input
            id={`${ids}-exit`}
            type="datetime-local"
            required
            value={stay.exit}
            onChange={(e) => setStay({ ...stay, exit: e.target.value })}
            className={field}
          />
        </label>
        <label htmlFor={`${ids}-class`} className="flex flex-col gap-1">
          {t("vehicleClass")}
          <select
            id={`${ids}-class`}
            value={vehicleClass}
            onChange={(e) => setVehicleClass(e.target.value as (typeof VEHICLE_CLASSES)[number])}
            className={field}
          >
            {VEHICLE_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`class.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={busy} className="sm:col-span-3">
          {t("submit")}
        </Button>
      </ClientForm>
      <p className="mt-2 text-sm text-[var(--muted)]">{t("timeZone")}</p>
      <div aria-live="polite" className="mt-3">
        {result.error && (
          <p role="alert" data-testid="quote-error" className="font-semibold text-red-700 dark:text-red-300">
            {result.error}
          </p>
        )}
        {result.quote && (
          <div data-testid="quote-result">
            <p className="text-2xl font-bold">
              {t(result.quote.estimated ? "totalTypical" : "total", {
                fee: formatFen(result.quote.feeFen as Fen, locale),
              })}
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {result.quote.breakdown.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and never reorder
                <li key={i}>{line.text}</li>
              ))}
            </ul>
            {result.quote.holidayScheduleNote && (
              <p
                data-testid="quote-holiday-note"
                className="mt-2 font-semibold text-amber-800 dark:text-amber-200"
              >
                {result.quote.holidayScheduleNote}
              </p>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
