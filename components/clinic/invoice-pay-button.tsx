"use client";

import { useTranslations } from "next-intl";
import { PayStatus, usePayAndFollow } from "@/components/bills/pay-and-follow";
import { Button } from "@/components/ui/button";
import type { ClinicInvoice } from "./types";

/** Pay a clinic bill now, as parking's pay button does (usePayAndFollow); it comes back to /clinic. */
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
  const { pay, busy, error, progress } = usePayAndFollow({
    payUrl: `/api/clinic/invoices/${encodeURIComponent(invoice.id)}/pay`,
    paid: invoice.state === "paid",
    refresh,
  });
  const payable = invoice.state === "due" || invoice.state === "overdue" || invoice.state === "failed";
  return (
    <div className="flex flex-col gap-2">
      <PayStatus error={error} progress={progress} testId="invoice-pay" />
      {payable && (
        <Button className="self-start text-lg" disabled={busy} onClick={pay}>
          {t("button", { amount })}
        </Button>
      )}
    </div>
  );
}
