"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { BillView } from "./bill-format";
import { PayStatus, usePayAndFollow } from "./pay-and-follow";

/** Pay now (usePayAndFollow), offering to continue at the checkout when one is open. */
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
  const { pay, busy, error, progress } = usePayAndFollow({
    payUrl: `/api/parking/sessions/${bill.id}/pay`,
    paid: bill.status === "paid",
    refresh,
  });
  const label = bill.payment?.checkoutOpen ? "continue" : "button";
  return (
    <div className="flex flex-col gap-2">
      <PayStatus error={error} progress={progress} testId="pay" />
      {bill.status !== "paid" && bill.status !== "processing" && (
        <Button
          className="self-start text-lg"
          disabled={busy || unavailableNoteId !== undefined}
          aria-describedby={unavailableNoteId}
          onClick={pay}
        >
          {t(label, { amount })}
        </Button>
      )}
    </div>
  );
}
