"use client";

import "leaflet/dist/leaflet.css";
import { useTranslations } from "next-intl";
import { CircleMarker, MapContainer, Tooltip } from "react-leaflet";
import { BaseTiles } from "@/components/maps/base-tiles";
import type { LatLng } from "@/lib/citybrain/types";
import { leafletCrsFor } from "@/lib/maps/map-crs";
import type { MapTiles } from "@/lib/maps/tile-provider";

export interface CarMapProps {
  car: LatLng;
  me: LatLng | null;
  tiles: MapTiles;
  elder: boolean;
}

/** The car's car park and, when known, where I am. */
export default function CarMap({ car, me, tiles, elder }: CarMapProps) {
  const t = useTranslations("reservations.car");
  const bounds: [number, number][] = me
    ? [
        [car.lat, car.lng],
        [me.lat, me.lng],
      ]
    : [[car.lat, car.lng]];
  return (
    <MapContainer
      key={me ? "both" : "car"}
      bounds={bounds}
      boundsOptions={{ padding: [40, 40], maxZoom: 17 }}
      crs={leafletCrsFor(tiles.crs)}
      className="h-full w-full rounded-2xl"
    >
      <BaseTiles tiles={tiles} />
      <CircleMarker
        center={[car.lat, car.lng]}
        radius={elder ? 14 : 10}
        pathOptions={{ color: "#ffffff", weight: 3, fillColor: "#b91c1c", fillOpacity: 1 }}
      >
        <Tooltip permanent>{t("car")}</Tooltip>
      </CircleMarker>
      {me && (
        <CircleMarker
          center={[me.lat, me.lng]}
          radius={elder ? 12 : 8}
          pathOptions={{ color: "#ffffff", weight: 3, fillColor: "#1d4ed8", fillOpacity: 1 }}
        >
          <Tooltip permanent>{t("you")}</Tooltip>
        </CircleMarker>
      )}
    </MapContainer>
  );
}
