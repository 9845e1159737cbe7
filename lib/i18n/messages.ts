import type { Locale } from "./config";
import en from "./messages/en";
import zhCN from "./messages/zh-CN";

export type Messages = typeof zhCN;

const CATALOGUES: Record<Locale, Messages> = { "zh-CN": zhCN, en: en as Messages };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
