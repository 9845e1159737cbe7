"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { fen, formatFen } from "@/lib/money";
import type { CancelRefund } from "./reservation-api";

/** What a cancellation did with the fee: refunded, refund on its way, or (too late) none. */
export function useRefundText(): (refund: CancelRefund) => string {
  const t = useTranslations("reservations");
  const locale = useLocale() as Locale;
  return (refund) => {
    if ("reason" in refund) return t("noRefund");
    const fee = formatFen(fen(refund.amountFen), locale);
    return refund.status === "refunded" ? t("refunded", { fee }) : t("refundPending", { fee });
  };
}
