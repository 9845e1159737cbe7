import { z } from "zod";
import { LOCALES, type Locale, negotiateLocale } from "@/lib/i18n/config";

/** `?lang=` on a public read: the answer's language named in the URL, so a shared cache keys on it. */
export const LangParam = { lang: z.enum(LOCALES).optional() };

/**
 * The language of a public answer: `?lang=` when given (nothing else varies), else Accept-Language (the answer
 * says it varies by it). Never the locale cookie: a shared cache would hand one person's language to everyone.
 */
export function publicLocale(request: Request, lang: Locale | undefined): { locale: Locale; vary: string[] } {
  if (lang) return { locale: lang, vary: [] };
  return { locale: negotiateLocale(request.headers.get("accept-language")), vary: ["Accept-Language"] };
}

/** The query of a public read that takes no parameter but its language. */
export const LangQuery = z.object(LangParam).strict();
