"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/lib/client/api";
import type { BillView } from "./bill-format";

const POLL_MS = 1500;
const SLOW_AFTER_POLLS = 20;

/**
 * Pay now: asks for the debit, then polls the sessions API until the provider's callback has marked the
 * bill paid — the pay answer itself only means the debit was sent.
 */
export function PayButton({
  bill,
  amount,
  refresh,
  unavailableNoteId,
}: {
  bill: BillView;
  amount: string;
  refresh: () => Promise<unknown>;
  /** Set (to the id of the text saying why) when paying cannot work now, e.g. offline. */
  unavailableNoteId?: string;
}) {
  const t = useTranslations("billsUi.pay");
  const errorText = useApiErrorText();
  const [polls, setPolls] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const waiting = polls !== null && bill.status !== "paid";

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      setPolls((n) => (n ?? 0) + 1);
      void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, refresh]);

  const pay = async () => {
    setError(undefined);
    setPolls(0);
    try {
      await sendJson<{ session: BillView }>("POST", `/api/parking/sessions/${bill.id}/pay`, {});
    } catch (error) {
      setPolls(null);
      setError(errorText(error, t("failed")));
      return;
    }
    await refresh();
  };

  return (
    <div className="flex flex-col gap-2">
      <ErrorAlert message={error} testId="pay-error" />
      <p role="status" data-testid="pay-progress">
        {waiting ? t((polls ?? 0) >= SLOW_AFTER_POLLS ? "slow" : "paying") : ""}
        {polls !== null && bill.status === "paid" ? t("done") : ""}
      </p>
      {bill.status !== "paid" && (
        <Button
          className="self-start text-lg"
          disabled={waiting || unavailableNoteId !== undefined}
          aria-describedby={unavailableNoteId}
          onClick={pay}
        >
          {t("button", { amount })}
        </Button>
      )}
    </div>
  );
}
