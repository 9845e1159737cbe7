import { LOCALES, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { shanghaiDate, shanghaiParts } from "@/lib/time";
import type { WindowHour } from "./alert-window";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

type When = "now" | "tonight" | "today" | "tomorrowMorning" | "tomorrow" | "later";

/** The hours around the worst one at its level or worse, one after another: when the bad air is expected. */
export function worstSpell(window: readonly WindowHour[], worst: WindowHour): WindowHour[] {
  const sorted = [...window].sort((a, b) => a.at.getTime() - b.at.getTime());
  const index = sorted.indexOf(worst);
  let first = index;
  let last = index;
  const joins = (earlier: WindowHour, later: WindowHour, added: WindowHour) =>
    later.at.getTime() - earlier.at.getTime() === HOUR_MS && added.level >= worst.level;
  while (first > 0 && joins(sorted[first - 1]!, sorted[first]!, sorted[first - 1]!)) first -= 1;
  while (last < sorted.length - 1 && joins(sorted[last]!, sorted[last + 1]!, sorted[last + 1]!)) last += 1;
  return sorted.slice(first, last + 1);
}

/** Which words name the spell's start: "now" for the observed hour, else the day (and evening/morning) in Shanghai. */
export function whenOf(spell: readonly WindowHour[], now: Date): When {
  const start = spell[0]!;
  if (start.observed) return "now";
  const { hour } = shanghaiParts(start.at);
  const day = shanghaiDate(start.at);
  if (day === shanghaiDate(now)) return hour >= 18 ? "tonight" : "today";
  if (day === shanghaiDate(new Date(now.getTime() + DAY_MS)))
    return hour < 12 ? "tomorrowMorning" : "tomorrow";
  return "later";
}

const POLLUTANT_NAMES: Record<string, string> = {
  PM25: "PM2.5",
  PM10: "PM10",
  O3: "O₃",
  NO2: "NO₂",
  SO2: "SO₂",
  CO: "CO",
};

/**
 * The alert's title and body in both languages (the place, when and how bad, the main pollutant, what to do) and
 * its stop button's label.
 */
export function alertMessage(
  placeName: string,
  window: readonly WindowHour[],
  worst: WindowHour,
  now: Date,
): { title: Record<Locale, string>; body: Record<Locale, string>; stop: Record<Locale, string> } {
  const spell = worstSpell(window, worst);
  const when = whenOf(spell, now);
  const from = shanghaiParts(spell[0]!.at).hour;
  const to = shanghaiParts(new Date(spell.at(-1)!.at.getTime() + HOUR_MS)).hour || 24;
  const primary = [...new Set(worst.primary)].map((key) => POLLUTANT_NAMES[key] ?? key).join(", ");
  const title = {} as Record<Locale, string>;
  const body = {} as Record<Locale, string>;
  const stop = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    const t = translatorFor(locale);
    const category =
      worst.category?.[locale === "en" ? "en" : "zh"] ??
      (t as unknown as (key: string) => string)(`airAlerts.levels.${worst.level}`);
    const advice = (t as unknown as (key: string) => string)(
      `airAlertsServer.notice.advice.${Math.min(Math.max(worst.level, 2), 6)}`,
    );
    title[locale] = t("airAlertsServer.notice.title", { place: placeName });
    stop[locale] = t("airAlertsServer.notice.stop");
    const values = {
      when: t(`airAlertsServer.notice.when.${when}`, { from, to }),
      category,
      aqi: worst.aqi,
      advice,
    };
    body[locale] = primary
      ? t("airAlertsServer.notice.body", { ...values, primary })
      : t("airAlertsServer.notice.bodyNoPrimary", values);
  }
  return { title, body, stop };
}
