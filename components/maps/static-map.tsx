"use client";

import "./static-map.css";
import type { PointerEvent, ReactNode } from "react";
import type { LatLng } from "@/lib/citybrain/types";
import { type Pixel, tilesAround, tileUrl, worldPixel } from "@/lib/maps/static-view";
import type { MapTiles } from "@/lib/maps/tile-provider";

// Tiles are laid out this far each side of the centre: a phone's map and a desktop's side panel both fit, and
// the box clips the rest. The box's size is not known when the page is rendered on the server.
const HALF_WIDTH = 480;
const HALF_HEIGHT = 480;
// Half a phone's map box (h-72, a 360 px screen less its margins): the tiles a phone shows first.
const PHONE_HALF = { x: 180, y: 144 };

export interface StaticMapProps {
  center: LatLng;
  zoom: number;
  tiles: MapTiles;
  /** The tile provider's credit, as HTML (lib/maps/attribution.ts). */
  creditHtml: string;
  /** What is drawn over the tiles; `at` gives a position's offset from the map's centre in pixels. */
  children?: (at: (position: LatLng) => Pixel) => ReactNode;
  /** The reader reached for the map (a finger or pen on it, a mouse over it, the wheel): time for the live map. */
  onReach?: () => void;
  className?: string;
  /**
   * The map is the largest thing a phone sees first on its page (what Lighthouse times as LCP): the tiles in a
   * phone's box are fetched at once and first, not lazily after layout.
   */
  priority?: boolean;
}

/**
 * A map as plain HTML: the tiles and what is drawn on them at the pixels Leaflet would use, with no script. A page
 * shows it at once, and the live map (Leaflet: 150 kB of script, whose evaluation and map creation were the
 * longest tasks of the parking page in a profile) loads only when someone reaches for it, then replaces it at the
 * same place.
 */
export function StaticMap({
  center,
  zoom,
  tiles,
  creditHtml,
  children,
  onReach,
  className,
  priority = false,
}: StaticMapProps) {
  const centre = worldPixel(center, zoom, tiles.crs);
  const origin = { x: Math.round(centre.x), y: Math.round(centre.y) };
  const at = (position: LatLng): Pixel => {
    const p = worldPixel(position, zoom, tiles.crs);
    return { x: p.x - origin.x, y: p.y - origin.y };
  };
  const reach = (event: PointerEvent) => {
    if (event.pointerType !== "mouse" || event.type === "pointerenter") onReach?.();
  };
  return (
    <div
      className={`static-map ${className ?? ""}`}
      data-testid="static-map"
      onPointerDown={reach}
      onPointerEnter={reach}
      onWheel={() => onReach?.()}
    >
      <div className="static-map__centre">
        {tilesAround(centre, zoom, HALF_WIDTH, HALF_HEIGHT).map((tile) => {
          const first =
            priority &&
            tile.left < PHONE_HALF.x &&
            tile.left + 256 > -PHONE_HALF.x &&
            tile.top < PHONE_HALF.y &&
            tile.top + 256 > -PHONE_HALF.y;
          return (
            // biome-ignore lint/performance/noImgElement: map tiles are 256 px images from the tile server, not content to optimise
            <img
              key={`${tile.z}/${tile.x}/${tile.y}`}
              className="static-map__tile"
              src={tileUrl(tiles.url, tiles.subdomains, tile)}
              alt=""
              width={256}
              height={256}
              loading={first ? "eager" : "lazy"}
              fetchPriority={first ? "high" : undefined}
              decoding="async"
              draggable={false}
              style={{ left: tile.left, top: tile.top }}
            />
          );
        })}
        {children?.(at)}
      </div>
      {creditHtml && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the credit is built by lib/maps/attribution.ts, which escapes every text it puts in
        <div className="static-map__credit" dangerouslySetInnerHTML={{ __html: creditHtml }} />
      )}
    </div>
  );
}
