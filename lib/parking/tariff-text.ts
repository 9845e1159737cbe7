import { formatCalendarDay } from "@/lib/format/display";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { type Fen, formatFen } from "@/lib/money";
import type { FeeLine, Tariff } from "./tariff-schema";

type Values = Record<string, string | number>;

/**
 * A `tariff.*` message with its values. ICU cannot turn fen into yuan, so every number under a key
 * ending in `Fen` is written as money ("¥5.00") before it reaches the message.
 */
export function tariffText(locale: Locale, key: string, values: Values = {}): string {
  // Lines stored before a value existed still render: `afterFirst` defaults to "none" (nothing to add).
  const shown: Values = { afterFirst: "none" };
  for (const [name, value] of Object.entries(values)) {
    if (name.endsWith("Fen") && typeof value === "number") shown[name] = formatFen(value as Fen, locale);
    else if (name === "date" && typeof value === "string") shown[name] = formatCalendarDay(value, locale);
    else shown[name] = value;
  }
  // Keys come from data (fee lines), so the typed translator cannot see them.
  return (translatorFor(locale) as unknown as (k: string, v?: object) => string)(key, shown);
}

/** A bill line in plain words. */
export function feeLineText(line: FeeLine, locale: Locale): string {
  return tariffText(locale, line.labelKey, line.values);
}

/** A tariff in plain words, one line per rule; Spring Festival windows from `year` on. */
export function tariffSummary(tariff: Tariff, locale: Locale, year: number): string[] {
  const t = (key: string, values: object = {}) =>
    tariffText(locale, `tariff.summary.${key}`, valuesOf(values));
  switch (tariff.kind) {
    case "street":
      return [
        t("street.daytime", tariff),
        t("street.free", tariff),
        t("street.night", { nightFen: tariff.nightFen, estimated: tariff.nightFeeEstimated ? "yes" : "no" }),
        t("vehicles", tariff.vehiclePercent),
        ...tariff.freeDays
          .filter((window) => window.year >= year)
          .map((window) =>
            t("street.springFestival", { ...window, announced: window.announced ? "yes" : "no" }),
          ),
      ];
    case "westlake": {
      const seasons = tariff.peakSeasons
        .map((s) => `${s.from} – ${s.to}`)
        .join(locale === "en" ? ", " : "、");
      return [
        t("westlake.rates", {
          goldenWeekFen: tariff.hourlyFen.goldenWeek,
          holidayOrPeakWeekendFen: tariff.hourlyFen.holidayOrPeakWeekend,
          ordinaryFen: tariff.hourlyFen.ordinary,
        }),
        t("westlake.units", tariff),
        t("westlake.seasons", { seasons }),
        t("westlake.vehicles", tariff),
        t("westlake.night", tariff),
        t("westlake.springFestival"),
      ];
    }
    case "offstreet":
      return [
        t("offstreet.basis", { basis: tariff.basis, estimated: tariff.estimated ? "yes" : "no" }),
        t("offstreet.units", tariff),
        t("offstreet.cap", tariff),
        ...(tariff.nightFen === undefined ? [] : [t("offstreet.night", { nightFen: tariff.nightFen })]),
        t("vehicles", tariff.vehiclePercent),
      ];
  }
}

function valuesOf(record: object): Values {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string | number] =>
      ["string", "number"].includes(typeof entry[1]),
    ),
  );
}
