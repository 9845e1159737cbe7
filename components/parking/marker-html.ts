import { escapeHtml } from "@/lib/maps/escape-html";
import type { AvailabilityLevel } from "./lot-model";

// What a marker looks like, as HTML: Leaflet draws it in a divIcon (map-icons.ts) and the map shown before Leaflet
// has loaded draws the same HTML in a button (static-lot-markers.tsx), so the two look and read alike.

/** A marker's class, inner HTML, size and the point of it that sits on its place. */
export interface MarkerLook {
  className: string;
  html: string;
  size: [number, number];
  anchor: [number, number];
}

// The accessible name is a visually hidden sentence, while the visible text is hidden from screen readers so that
// it is not said twice.
const label = (text: string) => `<span class="parking-marker__label">${escapeHtml(text)}</span>`;

/** What a lot's marker shows: its free spaces, and under them the price of the next hour. */
export interface LotMarkerText {
  free: string;
  price: string;
}

/** A lot: free spaces and the next hour's price on a marker whose colour and shape both say how full it is. */
export function lotMarkerLook(
  level: AvailabilityLevel,
  shown: LotMarkerText,
  name: string,
  elder: boolean,
): MarkerLook {
  const size = elder ? 56 : 44;
  return {
    className: `parking-marker parking-marker--${level}`,
    html: `${label(name)}<span aria-hidden="true" class="parking-marker__text"><span class="parking-marker__free">${escapeHtml(shown.free)}</span><span class="parking-marker__price">${escapeHtml(shown.price)}</span></span>`,
    size: [size, size],
    anchor: [size / 2, size / 2],
  };
}

/**
 * A group of lots: nearby at this zoom (tapping zooms in) or at one position (tapping lists them). It says
 * "2 car parks", not a bare "2" that would read like free spaces.
 */
export function clusterMarkerLook(
  count: number,
  name: string,
  unit: string,
  elder: boolean,
  together = false,
): MarkerLook {
  const [width, height] = elder ? [88, 60] : [68, 46];
  return {
    className: together
      ? "parking-marker parking-cluster parking-cluster--together"
      : "parking-marker parking-cluster",
    html: `${label(name)}<span aria-hidden="true" class="parking-cluster__text"><span class="parking-cluster__count">${count}</span><span class="parking-cluster__unit">${escapeHtml(unit)}</span></span>`,
    size: [width, height],
    anchor: [width / 2, height / 2],
  };
}

/**
 * The chosen destination: a pin and its name, hidden from screen readers (who hear the destination in the search
 * box and the list's heading). A 28 px square turned 45° points down from its centre by about half its diagonal:
 * that point, not the label, sits on the place (measured on screen: 30 px below the icon's top).
 */
export function destinationMarkerLook(name: string): MarkerLook {
  return {
    className: "parking-destination",
    html: `<span aria-hidden="true" class="parking-destination__pin"></span><span aria-hidden="true" class="parking-destination__name">${escapeHtml(name)}</span>`,
    size: [28, 28],
    anchor: [14, 30],
  };
}
