import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { hasMessage, translatorFor } from "@/lib/i18n/translator";

/**
 * What a notification says: either a catalogue entry (a dot path to a node with `title` and `body`,
 * e.g. "push.messages.test", rendered in the person's language) or both texts given in both languages.
 */
export type NotificationMessage =
  | { key: string; values?: Record<string, string | number> }
  | { title: Record<Locale, string>; body: Record<Locale, string> };

const MAX_TITLE = 120;
const MAX_BODY = 500;

/** The title and body in `locale`; an unknown catalogue key is a programming error and throws. */
export function renderMessage(message: NotificationMessage, locale: Locale): { title: string; body: string } {
  if ("key" in message) {
    for (const part of ["title", "body"]) {
      if (!hasMessage(locale, `${message.key}.${part}`)) {
        throw new Error(`No notification text "${message.key}.${part}" in ${locale}`);
      }
    }
    // Keys are checked above at runtime, so the typed translator cannot see them.
    const t = translatorFor(locale) as unknown as (key: string, values?: object) => string;
    return {
      title: clip(t(`${message.key}.title`, message.values), MAX_TITLE),
      body: clip(t(`${message.key}.body`, message.values), MAX_BODY),
    };
  }
  return { title: clip(message.title[locale], MAX_TITLE), body: clip(message.body[locale], MAX_BODY) };
}

function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
