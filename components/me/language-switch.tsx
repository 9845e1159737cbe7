"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { useSavePreferences } from "./use-save-preferences";

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

export function LanguageSwitch() {
  const t = useTranslations("me");
  const [current, setCurrent] = useState(useLocale());
  const { save, pending, failed } = useSavePreferences();
  return (
    <fieldset className="flex flex-col gap-2" disabled={pending}>
      <legend className="font-semibold">{t("language")}</legend>
      <p className="text-sm text-[var(--muted)]">{t("languageHint")}</p>
      <div className="flex gap-2">
        {LOCALES.map((locale) => (
          <label
            key={locale}
            lang={locale}
            className={`touch-target flex cursor-pointer items-center gap-2 rounded-xl border px-4 py-2 ${
              current === locale ? "border-[var(--accent)] font-semibold" : "border-[var(--border)]"
            }`}
          >
            <input
              type="radio"
              name="locale"
              value={locale}
              checked={current === locale}
              onChange={() => {
                setCurrent(locale);
                void save({ locale });
              }}
              className="h-5 w-5 accent-[var(--accent)]"
            />
            {NATIVE_NAMES[locale]}
          </label>
        ))}
      </div>
      {failed && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("saveFailed")}
        </p>
      )}
    </fieldset>
  );
}
