import { createTranslator } from "next-intl";
import { catalogueFor } from "./catalogue";
import type { Locale } from "./config";
import { messagesFor } from "./messages";

/** A translator outside React (API errors, push texts), in the given locale. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogueFor(locale) });
}

/** True if `key` (dot path, e.g. "errors.phoneInvalid") exists in the catalogue. */
export function hasMessage(locale: Locale, key: string): boolean {
  let node: unknown = messagesFor(locale);
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}
