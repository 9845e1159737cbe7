"use client";

import "leaflet/dist/leaflet.css";
import "./parking-map.css";
import type { Popup as LeafletPopup } from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Circle, CircleMarker, MapContainer, useMap, useMapEvent, ZoomControl } from "react-leaflet";
import { BaseTiles } from "@/components/maps/base-tiles";
import { NextTask } from "@/components/maps/next-task";
import type { LatLng } from "@/lib/citybrain/types";
import { leafletCrsFor } from "@/lib/maps/map-crs";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { ClusterMarkers } from "./cluster-markers";
import { DestinationMarker } from "./destination-marker";
import { type ParkingLot, zoomForRadius } from "./lot-model";

export interface ParkingMapProps {
  lots: ParkingLot[];
  origin: LatLng;
  radiusKm: number;
  tiles: MapTiles;
  elder: boolean;
  /** The destination chosen in the search, drawn at `origin`. */
  destinationName?: string;
}

/** Follows the search centre and radius, and redraws when the map is shown again after being hidden. */
function ViewKeeper({ origin, radiusKm }: { origin: LatLng; radiusKm: number }) {
  const map = useMap();
  useEffect(() => {
    map.setView([origin.lat, origin.lng], zoomForRadius(radiusKm));
  }, [map, origin.lat, origin.lng, radiusKm]);
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/** Leaflet names its popup close button in English; say it in the page's language. */
function PopupCloseLabel({ label }: { label: string }) {
  useMapEvent("popupopen", (event: { popup: LeafletPopup }) => {
    event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", label);
  });
  return null;
}

export default function ParkingMap({
  lots,
  origin,
  radiusKm,
  tiles,
  elder,
  destinationName,
}: ParkingMapProps) {
  const t = useTranslations("parking.map");
  return (
    <MapContainer
      center={[origin.lat, origin.lng]}
      zoom={zoomForRadius(radiusKm)}
      zoomControl={false}
      crs={leafletCrsFor(tiles.crs)}
      className="h-full w-full rounded-2xl"
    >
      <BaseTiles tiles={tiles} />
      {/* Bottom right: pop-ups open upwards from their marker, so they never cover the zoom buttons. */}
      <ZoomControl position="bottomright" zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />
      <NextTask>
        <Circle
          center={[origin.lat, origin.lng]}
          radius={radiusKm * 1000}
          interactive={false}
          pathOptions={{ color: "#0b5e58", weight: 2, fillOpacity: 0.04, dashArray: "6 6" }}
        />
        <CircleMarker
          center={[origin.lat, origin.lng]}
          radius={elder ? 10 : 8}
          interactive={false}
          className="parking-origin"
          pathOptions={{ color: "#ffffff", weight: 3, fillColor: "#1d4ed8", fillOpacity: 1 }}
        />
        {destinationName && <DestinationMarker position={[origin.lat, origin.lng]} name={destinationName} />}
        <ClusterMarkers lots={lots} elder={elder} />
      </NextTask>
      <ViewKeeper origin={origin} radiusKm={radiusKm} />
      <PopupCloseLabel label={t("closePopup")} />
    </MapContainer>
  );
}
