import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";
import type { Locale } from "./config";
import { type Messages, messagesFor } from "./messages";

// Messages are parsed once per language and process, not in every page: in the browser, compiling ICU messages
// (IntlMessageFormat and its locale lookups for every message) was a fifth of the parking page's start-up work.
// The app's build points next-intl at the formatter of precompiled messages (next.config.js) on the server and in
// the browser alike, so server-rendered and hydrated text agree; outside that build (vitest, Playwright, scripts
// run with tsx) next-intl parses. Each gets the catalogue its formatter reads.
const PRECOMPILED = (formatMessage as { raw?: boolean }).raw === false;

const compiled = new Map<Locale, Messages>();

function compileTree(node: unknown): unknown {
  if (typeof node === "string") return compile(node);
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, compileTree(value)]),
  );
}

/** A catalogue precompiled (icu-minify), as the build's formatter reads it. */
export function compiledMessagesFor(locale: Locale): Messages {
  let messages = compiled.get(locale);
  if (!messages) {
    // Through JSON, as next-intl's own loader does: the compiler's option objects have no prototype, which React
    // cannot pass to the browser.
    messages = JSON.parse(JSON.stringify(compileTree(messagesFor(locale)))) as Messages;
    compiled.set(locale, messages);
  }
  return messages;
}

/** The catalogue to hand to next-intl here: precompiled in the app's build, as written elsewhere. */
export function catalogueFor(locale: Locale): Messages {
  return PRECOMPILED ? compiledMessagesFor(locale) : messagesFor(locale);
}
