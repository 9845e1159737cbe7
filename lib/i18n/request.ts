import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { serverNow } from "@/lib/clock/server-now";
import { catalogueFor } from "./catalogue";
import { isLocale, LOCALE_COOKIE, resolveLocale, TIME_ZONE } from "./config";

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale (getTranslations({ locale })) wins; otherwise the cookie, then Accept-Language.
  let locale = isLocale(explicit) ? explicit : undefined;
  if (!locale) {
    const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
    locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  }
  return { locale, messages: catalogueFor(locale), timeZone: TIME_ZONE, now: serverNow() };
});
