"use client";

import { useTranslations } from "next-intl";
import type { BillDisputeView } from "./bill-format";
import { ReceiptRow } from "./receipt-row";
import { useBillText } from "./use-bill-text";

/** The bill's dispute: what the resident said and, once reviewed, the outcome and any refund. */
export function DisputeDetails({ dispute }: { dispute: BillDisputeView }) {
  const { t, time, money } = useBillText();
  const reasons = useTranslations("billsUi.dispute.reasons");
  const resolved = dispute.status === "resolved" && dispute.outcome;
  return (
    <section aria-labelledby="dispute-heading" data-testid="dispute-details" data-state={dispute.status}>
      <h2 id="dispute-heading" className="mb-2 text-lg font-bold">
        {t("receipt.disputeStatus")}
      </h2>
      <dl>
        <ReceiptRow label={t("receipt.disputeReason")} testId="dispute-reason">
          {reasons(dispute.reason)}
        </ReceiptRow>
        {dispute.note && (
          <ReceiptRow label={t("receipt.disputeNote")} testId="dispute-note">
            {dispute.note}
          </ReceiptRow>
        )}
        <ReceiptRow label={t("receipt.disputeOpened")}>{time(dispute.createdAt)}</ReceiptRow>
        <ReceiptRow label={t("receipt.disputeState")} testId="dispute-state">
          {t(`receipt.disputeStates.${dispute.status}`)}
        </ReceiptRow>
        {resolved && (
          <>
            <ReceiptRow label={t("receipt.outcome")} testId="dispute-outcome">
              {t(`receipt.outcomes.${dispute.outcome!}`)}
            </ReceiptRow>
            {dispute.correctedFeeFen !== undefined && (
              <ReceiptRow label={t("receipt.correctedFee")} testId="dispute-corrected-fee">
                {money(dispute.correctedFeeFen)}
              </ReceiptRow>
            )}
            {dispute.resolutionNote && (
              <ReceiptRow label={t("receipt.resolutionNote")} testId="dispute-resolution-note">
                {dispute.resolutionNote}
              </ReceiptRow>
            )}
            <ReceiptRow label={t("receipt.resolvedAt")}>{time(dispute.resolvedAt ?? null)}</ReceiptRow>
            {dispute.refund && (
              <ReceiptRow label={t("receipt.refund")} testId="dispute-refund">
                {t("receipt.refundValue", {
                  amount: money(dispute.refund.amountFen),
                  status: t(`receipt.refundStates.${dispute.refund.status}`),
                })}
              </ReceiptRow>
            )}
          </>
        )}
      </dl>
      {dispute.outcome === "rejected" && <p className="mt-2">{t("receipt.rejectedNote")}</p>}
    </section>
  );
}
