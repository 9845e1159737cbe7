"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { inLocale } from "./aqi-look";

const POLLUTANTS = ["PM25", "PM10", "O3", "NO2", "SO2", "CO"] as const;

/** How the air pages put an AQI into words: its main pollutants, category and reading time. */
export function useAqiWords() {
  const t = useTranslations("airUi");
  const locale = useLocale();
  const format = useDisplayFormat();
  return useMemo(() => {
    const list = (items: string[]) => items.join(locale === "en" ? ", " : "、");
    /** "PM2.5、臭氧（O₃）" from "PM25_1h", "O3_8h" …; the averaging is the report's, not the reader's concern. */
    const pollutants = (keys: readonly string[]) =>
      list([
        ...new Set(
          keys
            .map((key) => key.split("_")[0] ?? "")
            .filter((p): p is (typeof POLLUTANTS)[number] => (POLLUTANTS as readonly string[]).includes(p))
            .map((p) => t(`pollutant.${p}`)),
        ),
      ]);
    return {
      list,
      pollutants,
      /** "首要污染物：PM2.5"; at 50 or below the standard names none, and the page says so. */
      primary: (keys: readonly string[], aqi: number | null) =>
        keys.length > 0
          ? t("primary", { list: pollutants(keys) })
          : aqi !== null && aqi <= 50
            ? t("noPrimary")
            : "",
      category: (words: { zh: string; en: string } | null) => inLocale(words, locale),
      /** "14:00 更新" (with the date when not today), Asia/Shanghai. */
      reading: (iso: string) => t("reading", { time: format.asOf(new Date(iso)) }),
    };
  }, [t, locale, format]);
}
