import { cookies, headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { IntentLink } from "@/components/ui/intent-link";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, prefersTraditionalChinese } from "@/lib/i18n/config";
import { LanguageButton } from "./language-button";

/** Whether to say that traditional characters are not offered: Chinese was picked for a zh-TW/HK browser. */
async function traditionalReaderWithoutChoice(locale: string): Promise<boolean> {
  if (locale !== "zh-CN") return false;
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  if (cookieStore.get(LOCALE_COOKIE)) return false;
  return prefersTraditionalChinese(headerStore.get("accept-language"));
}

export async function AppHeader() {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  const sandbox = env().APP_ENV === "sandbox";
  const traditionalNote = await traditionalReaderWithoutChoice(locale);
  return (
    <header className="sticky top-0 z-[1000] border-b border-[var(--border)] bg-[var(--card)]/95 backdrop-blur">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 py-2">
        <IntentLink href="/" className="touch-target flex min-w-0 items-center gap-2 text-lg font-bold">
          <span className="truncate">{t("appName")}</span>
        </IntentLink>
        <div className="flex shrink-0 items-center gap-2">
          {sandbox && (
            <span
              data-testid="sandbox-badge"
              className="rounded-full border border-amber-700 px-2 py-0.5 text-xs font-semibold text-amber-800 dark:border-amber-300 dark:text-amber-200"
            >
              {t("sandboxBadge")}
            </span>
          )}
          <LanguageButton />
        </div>
      </div>
      {traditionalNote && (
        <p
          lang="zh-Hant"
          role="note"
          data-testid="traditional-note"
          className="mx-auto max-w-3xl px-4 pb-2 text-sm"
        >
          {t("traditionalNotOffered")}
        </p>
      )}
    </header>
  );
}
