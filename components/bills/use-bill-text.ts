"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import type { BillView, FeeLineView } from "./bill-format";

/** Words for a bill shared by the list and the receipt: money, Shanghai times, due text, fee lines. */
export function useBillText() {
  const t = useTranslations("billsUi");
  const root = useTranslations();
  const format = useDisplayFormat();
  const { money } = format;
  const time = (iso: string | null) => (iso ? format.dateTime(iso) : "—");
  // A bill is due until 24:00 of the day its debit failed and overdue after, so a "due" bill is always due today.
  const due = (bill: BillView) => (bill.status === "due" ? t("dueToday") : undefined);
  // Fee lines carry a message key and values from the billing engine; amounts in fen become money here.
  const line = (fee: FeeLineView) => {
    // Lines stored before a value existed still render: `afterFirst` defaults to "none" (nothing to add).
    const values: Record<string, string | number> = { afterFirst: "none" };
    for (const [name, value] of Object.entries(fee.values ?? {})) {
      if (name.endsWith("Fen") && typeof value === "number") values[name] = money(value);
      else if (name === "date" && typeof value === "string") values[name] = format.calendarDay(value);
      else values[name] = value;
    }
    const translate = root as unknown as { has: (k: string) => boolean } & ((
      k: string,
      v?: object,
    ) => string);
    return translate.has(fee.labelKey) ? translate(fee.labelKey, values) : fee.labelKey;
  };
  const fee = (bill: BillView) => (bill.feeFen === null ? t("feeUnknown") : money(bill.feeFen));
  return { t, money, time, due, line, fee, duration: format.duration };
}
