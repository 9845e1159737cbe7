"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSavePreferences } from "@/components/me/use-save-preferences";
import type { Locale } from "@/lib/i18n/config";

// The button names the other language in itself, so a person who cannot read the current one still finds theirs.
const OTHER: Record<Locale, { locale: Locale; name: string }> = {
  "zh-CN": { locale: "en", name: "English" },
  en: { locale: "zh-CN", name: "中文" },
};

/** The header's language switch: one tap to the other language, remembered like the choice on Me. */
export function LanguageButton() {
  const t = useTranslations("common");
  const other = OTHER[useLocale() as Locale] ?? OTHER["zh-CN"];
  const { save, pending, failed } = useSavePreferences();
  return (
    <div className="flex shrink-0 flex-col items-end">
      <button
        type="button"
        lang={other.locale}
        title={t("languageButtonHint")}
        data-testid="language-button"
        disabled={pending}
        onClick={() => void save({ locale: other.locale })}
        className="touch-target rounded-full border border-[var(--border)] px-3 py-1 text-sm font-semibold disabled:opacity-60"
      >
        {other.name}
      </button>
      {failed && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {t("languageSwitchFailed")}
        </p>
      )}
    </div>
  );
}
