"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { postJson } from "@/components/auth/post-json";
import { Button } from "@/components/ui/button";
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
    const result = await postJson<{ session: BillView; payment: { checkoutUrl: string | null } | null }>(
      `/api/parking/sessions/${bill.id}/pay`,
      {},
    );
    if (!result.ok) {
      setPolls(null);
      setError(result.message ?? t("failed"));
      await refresh();
      return;
    }
    const checkoutUrl = result.data?.payment?.checkoutUrl;
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
