"use client";

import { useTranslations } from "next-intl";
import { ReceiptRow } from "@/components/bills/receipt-row";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Card } from "@/components/ui/card";
import { InvoicePayButton } from "./invoice-pay-button";
import type { ClinicInvoice, InvoiceState } from "./types";

/** Badge colours per state: each pair keeps 4.5:1 contrast in light and dark mode (as components/bills). */
const TONE: Record<InvoiceState, string> = {
  paid: "border-green-800 text-green-900 dark:border-green-300 dark:text-green-200",
  due: "border-amber-800 text-amber-900 dark:border-amber-300 dark:text-amber-200",
  processing: "border-blue-800 text-blue-900 dark:border-blue-300 dark:text-blue-200",
  overdue: "border-red-700 bg-red-50 text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200",
  failed: "border-red-700 bg-red-50 text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200",
  disputed: "border-violet-800 text-violet-900 dark:border-violet-300 dark:text-violet-200",
  open: "border-sky-800 text-sky-900 dark:border-sky-300 dark:text-sky-200",
  waived: "border-slate-700 text-slate-800 dark:border-slate-300 dark:text-slate-200",
  refunded: "border-slate-700 text-slate-800 dark:border-slate-300 dark:text-slate-200",
};

/** My clinic bills: one per closed visit, due 48 h later (Shanghai time), paid here or debited at the deadline. */
export function InvoiceList({
  invoices,
  error,
  hospitalName,
  refresh,
}: {
  invoices?: ClinicInvoice[];
  error?: unknown;
  hospitalName: ReadonlyMap<string, string>;
  refresh: () => Promise<unknown>;
}) {
  const t = useTranslations("clinicUi.invoices");
  const receipt = useTranslations("billsUi.receipt");
  const display = useDisplayFormat();
  return (
    <section aria-labelledby="clinic-invoices-heading" className="flex flex-col gap-3">
      <h2 id="clinic-invoices-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {error && !invoices ? <p role="alert">{t("loadFailed")}</p> : null}
      {invoices?.length === 0 && <p data-testid="invoices-empty">{t("empty")}</p>}
      {invoices && invoices.length > 0 && (
        <ul className="flex flex-col gap-3" data-testid="invoice-list">
          {invoices.map((invoice) => {
            const amount = display.money(invoice.totalSelfPayFen);
            return (
              <li
                key={invoice.id}
                data-testid="invoice"
                data-invoice-id={invoice.id}
                data-visit-id={invoice.visitId}
                data-state={invoice.state}
              >
                <Card>
                  <div className="flex flex-col gap-2">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <h3 className="font-semibold">
                        {hospitalName.get(invoice.hospitalId) ?? invoice.hospitalId}
                      </h3>
                      <span
                        data-testid="invoice-state"
                        className={`inline-flex rounded-full border px-2 py-0.5 text-sm font-semibold ${TONE[invoice.state]}`}
                      >
                        {t(`state.${invoice.state}`)}
                      </span>
                    </div>
                    <p className="flex flex-wrap items-baseline justify-between gap-2">
                      <span>{t("selfPay")}</span>
                      <strong className="text-xl tabular-nums" data-testid="invoice-amount">
                        {amount}
                      </strong>
                    </p>
                    <p className="text-sm text-[var(--muted)]">
                      {t("insurance", { amount: display.money(invoice.totalInsuranceFen) })}
                    </p>
                    {invoice.state !== "paid" && (
                      <p className="font-semibold" data-testid="invoice-due">
                        {t(invoice.state === "overdue" || invoice.state === "failed" ? "wasDue" : "dueBy", {
                          time: display.dateTime(invoice.dueAt),
                        })}
                      </p>
                    )}
                    {invoice.state === "due" && <p className="text-sm">{t("autoDebit")}</p>}
                    {invoice.state === "paid" && (
                      <dl data-testid="invoice-receipt">
                        <ReceiptRow label={receipt("paidAt")} testId="invoice-paid-at">
                          {invoice.paidAt ? display.dateTime(invoice.paidAt) : "—"}
                        </ReceiptRow>
                        {invoice.payment && (
                          <ReceiptRow label={receipt("method")} testId="invoice-method">
                            {receipt(`methods.${invoice.payment.method}`)}
                          </ReceiptRow>
                        )}
                        {invoice.payment?.providerRef && (
                          <ReceiptRow label={receipt("transaction")} testId="invoice-transaction">
                            <span className="break-all font-mono">{invoice.payment.providerRef}</span>
                          </ReceiptRow>
                        )}
                      </dl>
                    )}
                    <InvoicePayButton invoice={invoice} amount={amount} refresh={refresh} />
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
