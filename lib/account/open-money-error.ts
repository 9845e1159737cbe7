import "server-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import type { OpenMoney } from "./open-money";

/** The 409 that refuses a deletion, naming every open item in the person's language. */
export function openMoneyError(open: readonly OpenMoney[], locale: Locale): AppError {
  const t = translatorFor(locale);
  const items = open.map(({ kind, count }) => t(`errors.account.open.${kind}`, { count }));
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
  return new AppError("conflict", "errors.account.deletionBlocked", {
    values: { open: list },
    extra: { open: open.map(({ kind, count }) => ({ kind, count })) },
  });
}
