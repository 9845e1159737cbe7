"use client";

import { useTranslations } from "next-intl";
import { TileLayer } from "react-leaflet";
import { attributionHtml } from "@/lib/maps/attribution";
import type { MapTiles } from "@/lib/maps/tile-provider";

/** The configured provider's tiles under a map, credited as that provider requires. */
export function BaseTiles({ tiles }: { tiles: MapTiles }) {
  const t = useTranslations("maps.attribution");
  return (
    <TileLayer
      url={tiles.url}
      subdomains={tiles.subdomains}
      maxZoom={tiles.maxZoom}
      attribution={attributionHtml(tiles.attribution, (key, values) => t(key, values))}
    />
  );
}
