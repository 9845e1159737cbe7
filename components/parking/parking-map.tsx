"use client";

import "leaflet/dist/leaflet.css";
import "./parking-map.css";
import type { Map as LeafletMap, Popup as LeafletPopup } from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Circle, CircleMarker, MapContainer, useMap, useMapEvent } from "react-leaflet";
import { BaseTiles } from "@/components/maps/base-tiles";
import { NextTask } from "@/components/maps/next-task";
import { ZoomButtons } from "@/components/maps/zoom-buttons";
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
  /** Where the map opens instead of around `origin` (a group tapped on the map shown before this one). */
  initialView?: { center: LatLng; zoom: number };
  /** The marker whose pop-up opens once it is drawn. */
  openKey?: string;
  /** Called once the first tiles are drawn. */
  onReady?: () => void;
}

type MapView = { center: LatLng; zoom: number };

/**
 * Moves the map when the search centre or radius, or a view asked for later, changes after the map was created at
 * its first view; redraws when the map is shown again after being hidden.
 */
function ViewKeeper({ origin, radiusKm, view }: { origin: LatLng; radiusKm: number; view?: MapView }) {
  const map = useMap();
  const search = `${origin.lat},${origin.lng},${radiusKm}`;
  const asked = view ? `${view.center.lat},${view.center.lng},${view.zoom}` : "";
  const shown = useRef({ search, asked });
  useEffect(() => {
    if (shown.current.search === search) return;
    shown.current.search = search;
    map.setView([origin.lat, origin.lng], zoomForRadius(radiusKm));
  }, [map, search, origin.lat, origin.lng, radiusKm]);
  useEffect(() => {
    if (!view || shown.current.asked === asked) return;
    shown.current.asked = asked;
    map.setView([view.center.lat, view.center.lng], view.zoom);
  }, [map, asked, view]);
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
  initialView,
  openKey,
  onReady,
}: ParkingMapProps) {
  const t = useTranslations("parking.map");
  const [map, setMap] = useState<LeafletMap | null>(null);
  const start = initialView ?? { center: origin, zoom: zoomForRadius(radiusKm) };
  return (
    <div className="flex h-full flex-col gap-2">
      <MapContainer
        ref={setMap}
        center={[start.center.lat, start.center.lng]}
        zoom={start.zoom}
        zoomControl={false}
        crs={leafletCrsFor(tiles.crs)}
        className="min-h-0 w-full flex-1 rounded-2xl"
      >
        <BaseTiles tiles={tiles} onLoad={onReady} />
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
          {destinationName && (
            <DestinationMarker position={[origin.lat, origin.lng]} name={destinationName} />
          )}
          <ClusterMarkers lots={lots} elder={elder} openKey={openKey} />
        </NextTask>
        <ViewKeeper origin={origin} radiusKm={radiusKm} view={initialView} />
        <PopupCloseLabel label={t("closePopup")} />
      </MapContainer>
      <ZoomButtons map={map} zoomIn={t("zoomIn")} zoomOut={t("zoomOut")} />
    </div>
  );
}
