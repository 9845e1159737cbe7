"use client";

import { useMemo } from "react";
import { Marker } from "react-leaflet";
import { markerIcon } from "./map-icons";
import { destinationMarkerLook } from "./marker-html";

/**
 * The chosen destination on the map: a pin and its name. Not focusable and hidden from screen readers, which hear
 * the destination in the search box and the list's heading; the lots around it are the map's buttons.
 */
export function DestinationMarker({ position, name }: { position: [number, number]; name: string }) {
  const icon = useMemo(() => markerIcon(destinationMarkerLook(name)), [name]);
  return <Marker position={position} icon={icon} interactive={false} keyboard={false} zIndexOffset={1000} />;
}
