"use client";

import { useTranslations } from "next-intl";
import { type BillStatus, STATUS_TONE } from "./bill-format";

export function StatusBadge({ status }: { status: BillStatus }) {
  const t = useTranslations("billsUi.status");
  return (
    <span
      data-testid="bill-status"
      data-status={status}
      className={`inline-flex rounded-full border px-2 py-0.5 text-sm font-semibold ${STATUS_TONE[status]}`}
    >
      {t(status)}
    </span>
  );
}
