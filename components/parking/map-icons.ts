import L from "leaflet";
import { escapeHtml } from "@/lib/maps/escape-html";
import type { AvailabilityLevel } from "./lot-model";

// Leaflet gives keyboard-focusable markers role="button"; its accessible name comes from this content: a
// visually hidden sentence, while the visible number is hidden from screen readers to avoid saying it twice.
function html(label: string, shown: string): string {
  return `<span class="parking-marker__label">${escapeHtml(label)}</span><span aria-hidden="true">${escapeHtml(shown)}</span>`;
}

/** A lot: its free spaces on a marker whose colour and shape both say how full it is. */
export function lotIcon(level: AvailabilityLevel, available: number, label: string, elder: boolean) {
  const size = elder ? 48 : 36;
  return L.divIcon({
    className: `parking-marker parking-marker--${level}`,
    html: html(label, String(available)),
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/**
 * A group of lots: nearby at this zoom (tapping zooms in) or at one position (tapping lists them). It says
 * "2 car parks", not a bare "2" that would read like free spaces.
 */
export function clusterIcon(count: number, label: string, unit: string, elder: boolean, together = false) {
  const [width, height] = elder ? [88, 60] : [68, 46];
  return L.divIcon({
    className: together
      ? "parking-marker parking-cluster parking-cluster--together"
      : "parking-marker parking-cluster",
    html: `<span class="parking-marker__label">${escapeHtml(label)}</span><span aria-hidden="true" class="parking-cluster__text"><span class="parking-cluster__count">${count}</span><span class="parking-cluster__unit">${escapeHtml(unit)}</span></span>`,
    iconSize: [width, height],
    iconAnchor: [width / 2, height / 2],
    popupAnchor: [0, -height / 2],
  });
}
