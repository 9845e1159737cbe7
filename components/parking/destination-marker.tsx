"use client";

import L from "leaflet";
import { useMemo } from "react";
import { Marker } from "react-leaflet";
import { escapeHtml } from "@/lib/maps/escape-html";

/**
 * The chosen destination on the map: a pin and its name. Not focusable and hidden from screen readers, which hear
 * the destination in the search box and the list's heading; the lots around it are the map's buttons.
 */
export function DestinationMarker({ position, name }: { position: [number, number]; name: string }) {
  const icon = useMemo(
    () =>
      L.divIcon({
        className: "parking-destination",
        html: `<span aria-hidden="true" class="parking-destination__pin"></span><span aria-hidden="true" class="parking-destination__name">${escapeHtml(name)}</span>`,
        // A 28 px square turned 45° points down from its centre by about half its diagonal: that point, not the
        // label, sits on the place (measured on screen: 30 px below the icon's top).
        iconSize: [28, 28],
        iconAnchor: [14, 30],
      }),
    [name],
  );
  return <Marker position={position} icon={icon} interactive={false} keyboard={false} zIndexOffset={1000} />;
}
