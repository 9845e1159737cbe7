import { groupDigits } from "@/lib/format/group-digits";
import type { Locale } from "@/lib/i18n/config";

declare const fenBrand: unique symbol;
/** Money in integer fen (1 元 = 100 fen). Never a float. */
export type Fen = number & { readonly [fenBrand]: true };

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`fen must be a safe integer, got ${value}`);
  return value as Fen;
}

/** Whole yuan to fen, exactly. */
export function yuanToFen(yuan: number): Fen {
  return fen(Math.round(yuan * 100));
}

/**
 * "¥14.00" in Chinese, "CNY ¥14.00" in English (a bare ¥ reads as Japanese yen to many visitors); integer
 * arithmetic only, so 0.1 + 0.2 slips cannot happen.
 */
export function formatFen(amount: Fen, locale: Locale): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  const grouped = groupDigits(yuan);
  return `${negative ? "-" : ""}${locale === "en" ? "CNY " : ""}¥${grouped}.${cents}`;
}

/**
 * A price in as few characters as a map marker has room for: "¥5", "¥2.5", "¥0.75" (no currency code: the
 * marker's accessible name and the list say the price in full). Integer arithmetic only.
 */
export function formatFenShort(amount: Fen): string {
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const fraction =
    cents === 0 ? "" : cents % 10 === 0 ? `.${cents / 10}` : `.${String(cents).padStart(2, "0")}`;
  return `${amount < 0 ? "-" : ""}¥${yuan}${fraction}`;
}
