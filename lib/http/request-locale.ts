import type { NextRequest } from "next/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale, resolveLocale } from "@/lib/i18n/config";
import { namedLocale } from "./named-locale";

/**
 * The caller's language for an API response: `?lang=` where a public read names it (its errors then speak the
 * language its answer would have), else the remembered cookie, then Accept-Language. Never throws:
 * Next's cookie parser skips a value it cannot decode (e.g. `NEXT_LOCALE=%E0%A4%A`), and anything else
 * unexpected falls back to the default language rather than failing the request.
 */
export function requestLocale(request: NextRequest): Locale {
  try {
    return (
      namedLocale(request.nextUrl) ??
      resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"))
    );
  } catch {
    return DEFAULT_LOCALE;
  }
}
