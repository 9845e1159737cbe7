"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/lib/client/api";
import type { ClinicInvoice } from "./types";

const POLL_MS = 1500;
const SLOW_AFTER_POLLS = 20;

/**
 * Pay a clinic bill now, as parking's pay button does: under the agreement the debit is sent and the bill is
 * followed until the provider confirms it; without one the answer names the provider's checkout, where the
 * person goes to confirm (and comes back to /clinic).
 */
export function InvoicePayButton({
  invoice,
  amount,
  refresh,
}: {
  invoice: ClinicInvoice;
  amount: string;
  refresh: () => Promise<unknown>;
}) {
  const t = useTranslations("billsUi.pay");
  const errorText = useApiErrorText();
  const [polls, setPolls] = useState<number | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string>();
  const waiting = polls !== null && invoice.state !== "paid";

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
    let answer: { payment: { checkoutUrl: string | null } | null } | undefined;
    try {
      answer = await sendJson<{ payment: { checkoutUrl: string | null } | null }>(
        "POST",
        `/api/clinic/invoices/${encodeURIComponent(invoice.id)}/pay`,
        {},
      );
    } catch (failure) {
      setPolls(null);
      setError(errorText(failure, t("failed")));
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

  const payable = invoice.state === "due" || invoice.state === "overdue" || invoice.state === "failed";
  return (
    <div className="flex flex-col gap-2">
      <ErrorAlert message={error} testId="invoice-pay-error" />
      <p role="status" data-testid="invoice-pay-progress">
        {leaving ? t("toCheckout") : ""}
        {waiting ? t((polls ?? 0) >= SLOW_AFTER_POLLS ? "slow" : "paying") : ""}
        {polls !== null && invoice.state === "paid" ? t("done") : ""}
      </p>
      {payable && (
        <Button className="self-start text-lg" disabled={waiting || leaving} onClick={pay}>
          {t("button", { amount })}
        </Button>
      )}
    </div>
  );
}
