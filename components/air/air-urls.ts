/** The station list's URL (and SWR key) for a language: /air renders the same answer into its HTML. */
export const airStationsUrl = (locale: string) => `/api/air/stations?lang=${locale}`;

export type AirPlace = { kind: "station"; id: string } | { kind: "point"; lat: number; lng: number };

// Three decimals is about 110 m north–south in Hangzhou: the estimate does not change within it, the server sees
// no more than the neighbourhood, and everyone in it shares one cached answer.
const roundTo100m = (degrees: number) => Math.round(degrees * 1000) / 1000;

/** The point a forecast is asked for, rounded to about 100 m. */
export function roundedPoint(lat: number, lng: number): AirPlace {
  return { kind: "point", lat: roundTo100m(lat), lng: roundTo100m(lng) };
}

/** The forecast's URL (and SWR key) for a station or a point (already rounded by `roundedPoint`). */
export function airForecastUrl(place: AirPlace): string {
  if (place.kind === "station") return `/api/air/forecast?station=${encodeURIComponent(place.id)}`;
  return `/api/air/forecast?lat=${place.lat.toFixed(3)}&lng=${place.lng.toFixed(3)}`;
}
