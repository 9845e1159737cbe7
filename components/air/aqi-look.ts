/** An AQI category as the page shows it: its name in the reader's language and the standard's colour. */
export interface AqiCategoryLook {
  level: number;
  name: string;
  colour: string;
  /** The category's AQI range (the last one ends at 500, the top of the scale). */
  from: number;
  to: number;
}

export const NO_AQI_COLOUR = "#9ca3af";

/**
 * Text on a category's colour: black on green, yellow, orange and red (red is 5.3:1 with black, 4:1 with white),
 * white on purple and maroon. Grey (no AQI) takes black.
 */
export function aqiTextColour(level: number | null): string {
  return level !== null && level >= 5 ? "#ffffff" : "#000000";
}

/** The inline style of a chip or marker for a level (grey when there is no AQI). */
export function aqiChipStyle(level: number | null, colour: string | null) {
  return { backgroundColor: colour ?? NO_AQI_COLOUR, color: aqiTextColour(level) };
}

/** A `{zh, en}` pair of an answer (both languages inside) in the reader's language; "" for none. */
export function inLocale(words: { zh: string; en: string } | null | undefined, locale: string): string {
  if (!words) return "";
  return locale === "en" ? words.en : words.zh;
}
