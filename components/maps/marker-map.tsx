"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { LatLng } from "@/lib/citybrain/types";
import { attributionHtml } from "@/lib/maps/attribution";
import type { MapView } from "@/lib/maps/fit-view";
import type { Pixel } from "@/lib/maps/static-view";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { MapCredit } from "./map-credit";
import { StaticMap } from "./static-map";
import { ZoomButtonsView } from "./zoom-buttons";

interface MarkerMapProps {
  /** The map's name for screen readers, and its test id. */
  label: string;
  testId: string;
  view: MapView;
  tiles: MapTiles;
  zooms: { min: number; max: number };
  zoomIn: string;
  zoomOut: string;
  onView: (view: MapView) => void;
  /** The map is the largest thing a phone sees first (static-map.tsx). */
  priority?: boolean;
  /** The markers; `at` gives a position's offset from the map's centre in pixels. */
  children: (at: (position: LatLng) => Pixel) => ReactNode;
}

/**
 * A few dozen places on a map drawn as plain HTML (no map script) over the configured tiles, with the tiles' credit
 * and zoom buttons under it (not on it, where they would hide markers from fingers).
 */
export function MarkerMap({
  label,
  testId,
  view,
  tiles,
  zooms,
  zoomIn,
  zoomOut,
  onView,
  priority,
  children,
}: MarkerMapProps) {
  const credit = useTranslations("maps.attribution");
  const zoomTo = (zoom: number) => () => onView({ center: view.center, zoom });
  return (
    <div className="flex flex-col gap-2">
      <section aria-label={label} data-testid={testId}>
        <StaticMap
          center={view.center}
          zoom={view.zoom}
          tiles={tiles}
          creditHtml=""
          className="h-72 w-full rounded-2xl"
          priority={priority}
        >
          {children}
        </StaticMap>
        <MapCredit html={attributionHtml(tiles.attribution, (key, values) => credit(key, values))} />
      </section>
      <ZoomButtonsView
        zoomIn={zoomIn}
        zoomOut={zoomOut}
        onZoomIn={view.zoom < zooms.max ? zoomTo(view.zoom + 1) : undefined}
        onZoomOut={view.zoom > zooms.min ? zoomTo(view.zoom - 1) : undefined}
      />
    </div>
  );
}
