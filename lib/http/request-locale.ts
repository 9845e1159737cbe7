import { LOCALE_COOKIE, type Locale, resolveLocale } from "@/lib/i18n/config";

/** The caller's language for an API response: the remembered cookie, then Accept-Language. */
export function requestLocale(request: Request): Locale {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return resolveLocale(
    cookie ? decodeURIComponent(cookie) : undefined,
    request.headers.get("accept-language"),
  );
}
