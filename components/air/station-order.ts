import type { AirStation } from "./types";

/**
 * Worst air first: the list answers "is it bad anywhere near where my child goes to school?", and a bad station
 * must not hide at the bottom of a phone screen; the reader's own place has its own answer (near me, the map).
 * Stations without an AQI come last, then by name.
 */
export function worstFirst(stations: readonly AirStation[]): AirStation[] {
  return [...stations].sort(
    (a, b) => (b.aqi.value ?? -1) - (a.aqi.value ?? -1) || a.name.localeCompare(b.name),
  );
}
