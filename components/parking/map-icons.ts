import L from "leaflet";
import type { MarkerLook } from "./marker-html";

/** A marker's look as a Leaflet icon, its pop-up opening above it. */
export function markerIcon(look: MarkerLook): L.DivIcon {
  return L.divIcon({
    className: look.className,
    html: look.html,
    iconSize: look.size,
    iconAnchor: look.anchor,
    popupAnchor: [0, -look.anchor[1]],
  });
}
