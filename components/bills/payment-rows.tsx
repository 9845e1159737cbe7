"use client";

import type { BillPaymentView } from "./bill-format";
import { ReceiptRow } from "./receipt-row";
import { useBillText } from "./use-bill-text";

/** How the bill's money is taken: method and provider, its transaction number, and since when it is being taken. */
export function PaymentRows({ payment }: { payment: BillPaymentView }) {
  const { t, time } = useBillText();
  const provider = payment.provider === "sandbox" ? t("receipt.sandboxProvider") : payment.provider;
  return (
    <>
      {payment.processingSince && (
        <ReceiptRow label={t("receipt.processingSince")} testId="receipt-processing-since">
          {time(payment.processingSince)}
        </ReceiptRow>
      )}
      <ReceiptRow label={t("receipt.method")} testId="receipt-method">
        {t("receipt.methodValue", { method: t(`receipt.methods.${payment.method}`), provider })}
      </ReceiptRow>
      {payment.providerRef && (
        <ReceiptRow label={t("receipt.transaction")} testId="receipt-transaction">
          <span className="break-all font-mono">{payment.providerRef}</span>
        </ReceiptRow>
      )}
    </>
  );
}
