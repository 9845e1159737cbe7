"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { TileLayer, useMap } from "react-leaflet";
import { attributionHtml } from "@/lib/maps/attribution";
import type { MapTiles } from "@/lib/maps/tile-provider";

/** The configured provider's tiles under a map, credited as that provider requires; `onLoad` once they are drawn. */
export function BaseTiles({ tiles, onLoad }: { tiles: MapTiles; onLoad?: () => void }) {
  const t = useTranslations("maps.attribution");
  const map = useMap();
  useEffect(() => {
    // Leaflet's own credit as text: its default is a 14 px tall link beside the provider's, too small to tap.
    map.attributionControl?.setPrefix("Leaflet");
  }, [map]);
  return (
    <TileLayer
      url={tiles.url}
      subdomains={tiles.subdomains}
      maxZoom={tiles.maxZoom}
      attribution={attributionHtml(tiles.attribution, (key, values) => t(key, values))}
      eventHandlers={onLoad ? { load: onLoad } : undefined}
    />
  );
}
