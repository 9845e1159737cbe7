import L from "leaflet";
import { escapeHtml } from "@/lib/maps/escape-html";
import type { AvailabilityLevel } from "./lot-model";

// Leaflet gives keyboard-focusable markers role="button"; its accessible name comes from this content: a
// visually hidden sentence, while the visible text is hidden from screen readers to avoid saying it twice.
const label = (text: string) => `<span class="parking-marker__label">${escapeHtml(text)}</span>`;

/** What a lot's marker shows: its free spaces, and under them the price of the next hour. */
export interface LotMarkerText {
  free: string;
  price: string;
}

/** A lot: free spaces and the next hour's price on a marker whose colour and shape both say how full it is. */
export function lotIcon(level: AvailabilityLevel, shown: LotMarkerText, name: string, elder: boolean) {
  const size = elder ? 56 : 44;
  return L.divIcon({
    className: `parking-marker parking-marker--${level}`,
    html: `${label(name)}<span aria-hidden="true" class="parking-marker__text"><span class="parking-marker__free">${escapeHtml(shown.free)}</span><span class="parking-marker__price">${escapeHtml(shown.price)}</span></span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/**
 * A group of lots: nearby at this zoom (tapping zooms in) or at one position (tapping lists them). It says
 * "2 car parks", not a bare "2" that would read like free spaces.
 */
export function clusterIcon(count: number, name: string, unit: string, elder: boolean, together = false) {
  const [width, height] = elder ? [88, 60] : [68, 46];
  return L.divIcon({
    className: together
      ? "parking-marker parking-cluster parking-cluster--together"
      : "parking-marker parking-cluster",
    html: `${label(name)}<span aria-hidden="true" class="parking-cluster__text"><span class="parking-cluster__count">${count}</span><span class="parking-cluster__unit">${escapeHtml(unit)}</span></span>`,
    iconSize: [width, height],
    iconAnchor: [width / 2, height / 2],
    popupAnchor: [0, -height / 2],
  });
}
