"use client";

import type { Map as LeafletMap } from "leaflet";
import { useEffect, useState } from "react";

interface ZoomButtonsViewProps {
  zoomIn: string;
  zoomOut: string;
  onZoomIn?: () => void;
  onZoomOut?: () => void;
}

/**
 * Zoom buttons under the map rather than on it: a control drawn over the map hides the markers beneath it from
 * fingers and from the target-size rule (a car park under the "+" could not be tapped). A button without its
 * handler is disabled (the map is at that end of its zooms, or not there yet).
 */
export function ZoomButtonsView({ zoomIn, zoomOut, onZoomIn, onZoomOut }: ZoomButtonsViewProps) {
  const button =
    "touch-target flex min-w-12 items-center justify-center rounded-xl border border-[var(--border)] bg-[var(--card)] text-2xl font-bold disabled:opacity-40";
  return (
    <div className="flex justify-end gap-2">
      <button
        type="button"
        className={button}
        aria-label={zoomOut}
        title={zoomOut}
        disabled={!onZoomOut}
        onClick={onZoomOut}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className={button}
        aria-label={zoomIn}
        title={zoomIn}
        disabled={!onZoomIn}
        onClick={onZoomIn}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}

/** The zoom buttons of a live (Leaflet) map. */
export function ZoomButtons({
  map,
  zoomIn,
  zoomOut,
}: {
  map: LeafletMap | null;
  zoomIn: string;
  zoomOut: string;
}) {
  const [zoom, setZoom] = useState<number>();
  useEffect(() => {
    if (!map) return;
    const update = () => setZoom(map.getZoom());
    update();
    map.on("zoomend", update);
    return () => {
      map.off("zoomend", update);
    };
  }, [map]);
  const ready = map !== null && zoom !== undefined;
  return (
    <ZoomButtonsView
      zoomIn={zoomIn}
      zoomOut={zoomOut}
      onZoomIn={ready && zoom < map.getMaxZoom() ? () => map.zoomIn() : undefined}
      onZoomOut={ready && zoom > map.getMinZoom() ? () => map.zoomOut() : undefined}
    />
  );
}
