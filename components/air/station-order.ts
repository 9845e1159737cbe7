import type { AirStation } from "./types";

/**
 * Worst air first: the list answers "is it bad anywhere near where my child goes to school?", and a bad station
 * must not hide at the bottom of a phone screen; the reader's own place has its own answer (near me, the map).
 * Stations without an AQI come last; equal ones by name in the reader's language (pinyin order in Chinese).
 */
export function worstFirst(stations: readonly AirStation[], locale: string): AirStation[] {
  const byName = new Intl.Collator(locale);
  return [...stations].sort(
    (a, b) => (b.aqi.value ?? -1) - (a.aqi.value ?? -1) || byName.compare(a.name, b.name),
  );
}
