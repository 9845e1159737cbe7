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
 * Pay now: with the agreement the debit is sent and the bill shows it being taken until the provider's
 * callback marks it paid; without one the answer names the provider's checkout, where the person goes to
 * confirm (and from which they come back to this receipt).
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
  const [leaving, setLeaving] = useState(false);
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
    let answer: { session: BillView; payment: { checkoutUrl: string | null } | null } | undefined;
    try {
      answer = await sendJson<{ session: BillView; payment: { checkoutUrl: string | null } | null }>(
        "POST",
        `/api/parking/sessions/${bill.id}/pay`,
        {},
      );
    } catch (error) {
      setPolls(null);
      setError(errorText(error, t("failed")));
      await refresh();
      return;
    }
    const checkoutUrl = answer?.payment?.checkoutUrl;
    if (checkoutUrl) {
      setPolls(null);
      setLeaving(true);
      window.location.assign(checkoutUrl);
      return;
    }
    await refresh();
  };

  const label = bill.payment?.checkoutOpen ? "continue" : "button";
  return (
    <div className="flex flex-col gap-2">
      <ErrorAlert message={error} testId="pay-error" />
      <p role="status" data-testid="pay-progress">
        {leaving ? t("toCheckout") : ""}
        {waiting ? t((polls ?? 0) >= SLOW_AFTER_POLLS ? "slow" : "paying") : ""}
        {polls !== null && bill.status === "paid" ? t("done") : ""}
      </p>
      {bill.status !== "paid" && bill.status !== "processing" && (
        <Button
          className="self-start text-lg"
          disabled={waiting || leaving || unavailableNoteId !== undefined}
          aria-describedby={unavailableNoteId}
          onClick={pay}
        >
          {t(label, { amount })}
        </Button>
      )}
    </div>
  );
}
