"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId } from "react";
import { isUnauthorized } from "@/components/auth/unauthorized";
import { AsOf } from "@/components/data/as-of";
import { useSessions } from "@/components/data/use-personal-data";
import { useOnline } from "@/components/pwa/use-online";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { SignedOutPrompt } from "@/components/vehicles/signed-out-prompt";
import { canDispute, canPay, holidayScheduleUnpublished, stayDuration } from "./bill-format";
import { DisputeDetails } from "./dispute-details";
import { DisputeForm } from "./dispute-form";
import { InvoiceSection } from "./invoice-section";
import { PayButton } from "./pay-button";
import { PaymentRows } from "./payment-rows";
import { ReceiptRow } from "./receipt-row";
import { StatusBadge } from "./status-badge";
import { useBillText } from "./use-bill-text";

const PROCESSING_POLL_MS = 2000;

/** One bill's receipt, from the same (offline-cached) sessions list as the bills page. */
export function BillReceipt({ id }: { id: string }) {
  const { t, time, due, line, fee, money, duration: formatDuration } = useBillText();
  const tariff = useTranslations("tariff");
  const sessions = useSessions();
  const online = useOnline();
  const offlineNoteId = useId();
  const bill = sessions.data?.sessions.find((s) => s.id === id);
  const processing = bill?.status === "processing";
  const { mutate } = sessions;
  // Money is being taken: the provider's callback settles it in a moment, so keep asking.
  useEffect(() => {
    if (!processing) return;
    const timer = setInterval(() => void mutate(), PROCESSING_POLL_MS);
    return () => clearInterval(timer);
  }, [processing, mutate]);
  if (isUnauthorized(sessions.error)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next={`/me/bills/${id}`} />;
  }
  if (!bill) {
    return sessions.data ? <p role="alert">{t("notFound")}</p> : null;
  }
  const now = new Date();
  const duration = stayDuration(bill.entryAt, bill.exitAt);
  // Kept mounted while the money is being taken, so the pay button's progress reads on to "paid".
  const payable = (canPay(bill) || bill.status === "paid" || processing) && bill.feeFen !== null;
  const disputable = canDispute(bill, now);
  // Paying and disputing need the server; offline they stay visible but say why they cannot be used now.
  const unavailable = online ? undefined : offlineNoteId;
  return (
    <div className="flex flex-col gap-4" data-testid="receipt" data-status={bill.status}>
      <AsOf at={sessions.asOf} fromCache={sessions.fromCache} />
      <Card>
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-bold">{t("receipt.title")}</h2>
          <StatusBadge status={bill.status} />
        </div>
        <dl>
          <ReceiptRow label={t("receipt.lot")}>{bill.lotName}</ReceiptRow>
          <ReceiptRow label={t("receipt.plate")}>{bill.plate}</ReceiptRow>
          <ReceiptRow label={t("receipt.entry")}>{time(bill.entryAt)}</ReceiptRow>
          <ReceiptRow label={t("receipt.exit")}>
            {bill.exitAt ? time(bill.exitAt) : t("stillParked")}
          </ReceiptRow>
          {duration && (
            <ReceiptRow label={t("receipt.duration")}>
              {formatDuration(duration.hours * 60 + duration.minutes)}
            </ReceiptRow>
          )}
        </dl>
      </Card>
      {bill.breakdown.length > 0 && (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("receipt.breakdown")}</h2>
          <ul className="flex flex-col gap-2" data-testid="breakdown">
            {bill.breakdown.map((fee, index) => (
              // Lines have no id of their own; their order is fixed by the billing engine.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={index} className="flex justify-between gap-3">
                <span>{line(fee)}</span>
                <span className="whitespace-nowrap font-mono">{money(fee.amountFen)}</span>
              </li>
            ))}
          </ul>
          {holidayScheduleUnpublished(bill.breakdown) && (
            <p data-testid="receipt-holiday-note" className="mt-2 text-sm font-semibold">
              {tariff("holidayScheduleUnpublished")}
            </p>
          )}
        </Card>
      )}
      <Card>
        <dl>
          <ReceiptRow label={t("receipt.total")} testId="receipt-total">
            {fee(bill)}
          </ReceiptRow>
          <ReceiptRow label={t("receipt.status")}>{t(`status.${bill.status}`)}</ReceiptRow>
          {bill.paidAt && (
            <ReceiptRow label={t("receipt.paidAt")} testId="receipt-paid-at">
              {time(bill.paidAt)}
            </ReceiptRow>
          )}
          {bill.payment && (bill.status === "paid" || processing) && <PaymentRows payment={bill.payment} />}
        </dl>
        {processing && (
          <p className="mt-2 font-semibold" data-testid="processing-note">
            {t("receipt.processingNote")}
          </p>
        )}
        {bill.status === "paid" && bill.feeFen !== 0 && (
          <p className="mt-2 text-sm text-[var(--muted)]">{t("receipt.paidNote")}</p>
        )}
        {due(bill) && <p className="mt-2 font-semibold">{due(bill)}</p>}
        {bill.status === "overdue" && (
          <p className="mt-2 font-semibold text-red-800 dark:text-red-200">
            {t("overdueNote", { plate: bill.plate })}
          </p>
        )}
        {bill.status === "flagged" && <p className="mt-2">{t("flaggedNote")}</p>}
        {bill.status === "disputed" && (
          <p className="mt-2" data-testid="dispute-status">
            {t("receipt.disputeOpen")}
          </p>
        )}
      </Card>
      {bill.dispute && (
        <Card>
          <DisputeDetails dispute={bill.dispute} />
        </Card>
      )}
      {unavailable && ((payable && canPay(bill)) || disputable) && (
        <p
          id={offlineNoteId}
          data-testid="offline-actions"
          className="font-semibold text-amber-800 dark:text-amber-200"
        >
          {t("offlineActions")}
        </p>
      )}
      {payable && bill.feeFen !== null && (
        <PayButton
          bill={bill}
          amount={money(bill.feeFen)}
          refresh={sessions.mutate}
          unavailableNoteId={unavailable}
        />
      )}
      {disputable && (
        <Card>
          <DisputeForm billId={bill.id} onSent={sessions.mutate} unavailableNoteId={unavailable} />
        </Card>
      )}
      {bill.status === "paid" && (bill.feeFen ?? 0) > 0 && (
        <Card>
          <InvoiceSection bill={bill} refresh={sessions.mutate} offline={Boolean(unavailable)} />
        </Card>
      )}
      <IntentLink
        href="/me/bills"
        className="touch-target inline-flex items-center self-start font-semibold underline"
      >
        {t("back")}
      </IntentLink>
    </div>
  );
}
