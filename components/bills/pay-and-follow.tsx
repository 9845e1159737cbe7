"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { sendJson } from "@/lib/client/api";

const POLL_MS = 1500;
const SLOW_AFTER_POLLS = 20;

/**
 * Pay now, for any service's bill: with the agreement the debit is sent and the bill is read again until the
 * provider's callback marks it paid; without one the answer names the provider's checkout, where the person goes
 * to confirm (and from which they come back).
 */
export function usePayAndFollow({
  payUrl,
  paid,
  refresh,
}: {
  /** The service's `POST …/pay` route. */
  payUrl: string;
  paid: boolean;
  refresh: () => Promise<unknown>;
}) {
  const t = useTranslations("billsUi.pay");
  const errorText = useApiErrorText();
  const [polls, setPolls] = useState<number | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string>();
  const waiting = polls !== null && !paid;

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
      answer = await sendJson<{ payment: { checkoutUrl: string | null } | null }>("POST", payUrl, {});
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

  const progress = leaving
    ? t("toCheckout")
    : waiting
      ? t(polls >= SLOW_AFTER_POLLS ? "slow" : "paying")
      : polls !== null && paid
        ? t("done")
        : "";
  return { pay, busy: waiting || leaving, error, progress };
}

/** The error and the progress line of a pay button (announced as they change). */
export function PayStatus({ error, progress, testId }: { error?: string; progress: string; testId: string }) {
  return (
    <>
      <ErrorAlert message={error} testId={`${testId}-error`} />
      <p role="status" data-testid={`${testId}-progress`}>
        {progress}
      </p>
    </>
  );
}
