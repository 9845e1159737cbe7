import { z } from "zod";
import { LOCALES, type Locale, negotiateLocale } from "@/lib/i18n/config";
import { namedLocale } from "./named-locale";

/** `?lang=` on a public read, for strict query parsing: a value the app does not speak is refused with a 400. */
export const LangParam = { lang: z.enum(LOCALES).optional() };

/**
 * The language of a public answer: `?lang=` when given (nothing else varies), else Accept-Language (the answer
 * says it varies by it). Never the locale cookie: a shared cache would hand one person's language to everyone.
 */
export function publicLocale(request: Request): { locale: Locale; vary: string[] } {
  const named = namedLocale(new URL(request.url));
  if (named) return { locale: named, vary: [] };
  return { locale: negotiateLocale(request.headers.get("accept-language")), vary: ["Accept-Language"] };
}

/** The query of a public read that takes no parameter but its language. */
export const LangQuery = z.object(LangParam).strict();
