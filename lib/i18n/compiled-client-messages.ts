import compile from "icu-minify/compile";
import { type ClientMessages, clientMessages } from "./client-messages";
import type { Locale } from "./config";
import { messagesFor } from "./messages";

// The browser formats messages that were parsed here, once per language and process: compiling ICU messages
// in the page (IntlMessageFormat, and its locale lookups for every message) was a fifth of the parking page's
// start-up work on a phone. next.config.js points the browser's next-intl at the matching formatter.

const compiled = new Map<Locale, ClientMessages>();

function compileTree(node: unknown): unknown {
  if (typeof node === "string") return compile(node);
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, compileTree(value)]),
  );
}

/** The browser's part of a catalogue, precompiled (what NextIntlClientProvider gets). */
export function compiledClientMessages(locale: Locale): ClientMessages {
  let messages = compiled.get(locale);
  if (!messages) {
    // Through JSON, as next-intl's own loader does: the compiler's option objects have no prototype, which React
    // cannot pass to the browser.
    messages = JSON.parse(JSON.stringify(compileTree(clientMessages(messagesFor(locale))))) as ClientMessages;
    compiled.set(locale, messages);
  }
  return messages;
}
