"use client";

import "./parking-map.css";
import { useMemo } from "react";
import type { LatLng } from "@/lib/citybrain/types";
import type { Pixel } from "@/lib/maps/static-view";
import { lotClusters, lotMarkersIn } from "./lot-clusters";
import type { ParkingLot } from "./lot-model";
import { useMarkerLook } from "./marker-content";
import { destinationMarkerLook } from "./marker-html";

// Earth's circumference at the equator in metres, for Web Mercator's metres per pixel.
const EQUATOR_M = 40_075_016.686;
// Half the box, in pixels, whose markers are drawn: wider than any screen's map; the picture clips the rest.
const HALF_SPAN_PX = 600;

/** What was tapped on the map shown before the live map: a marker to open, or a group to zoom into. */
export type StaticMapReach =
  | { openKey: string }
  | { view: { center: LatLng; zoom: number } }
  | Record<string, never>;

interface StaticLotMarkersProps {
  at: (position: LatLng) => Pixel;
  center: LatLng;
  zoom: number;
  radiusKm: number;
  lots: ParkingLot[];
  elder: boolean;
  destinationName?: string;
  onReach: (reach: StaticMapReach) => void;
}

function boxAround(center: LatLng, zoom: number): [number, number, number, number] {
  const degreesPerPx = 360 / (256 * 2 ** zoom);
  const half = HALF_SPAN_PX * degreesPerPx;
  return [center.lng - half, center.lat - half, center.lng + half, center.lat + half];
}

/**
 * The parking map's markers, circle and destination as plain HTML over a StaticMap, where the live map draws
 * them. Each marker is a button: tapping it brings the live map with that marker's pop-up open, or, for a group,
 * zoomed into it.
 */
export function StaticLotMarkers({
  at,
  center,
  zoom,
  radiusKm,
  lots,
  elder,
  destinationName,
  onReach,
}: StaticLotMarkersProps) {
  const lookOf = useMarkerLook(elder);
  const { lat, lng } = center;
  const markers = useMemo(
    () => lotMarkersIn(lotClusters(lots, elder, zoom), boxAround({ lat, lng }, zoom), zoom),
    [lots, elder, lat, lng, zoom],
  );
  const radiusPx =
    (radiusKm * 1000) / ((EQUATOR_M * Math.cos((center.lat * Math.PI) / 180)) / (256 * 2 ** zoom));
  const dot = elder ? 20 : 16;
  const destination = destinationName ? destinationMarkerLook(destinationName) : undefined;
  return (
    <>
      <span
        aria-hidden="true"
        className="static-map__placed parking-static-radius"
        style={{ left: -radiusPx, top: -radiusPx, width: 2 * radiusPx, height: 2 * radiusPx }}
      />
      <span
        aria-hidden="true"
        className="static-map__placed parking-static-origin"
        style={{ left: -dot / 2, top: -dot / 2, width: dot, height: dot }}
      />
      {destination && (
        <span
          className={`static-map__placed ${destination.className}`}
          style={{
            left: -destination.anchor[0],
            top: -destination.anchor[1],
            width: destination.size[0],
            height: destination.size[1],
          }}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: marker-html.ts escapes every text it puts in
          dangerouslySetInnerHTML={{ __html: destination.html }}
        />
      )}
      {markers.map((marker) => {
        const look = lookOf(marker);
        const p = at(marker.position);
        return (
          <button
            key={marker.key}
            type="button"
            className={`static-map__placed ${look.className}`}
            style={{
              left: p.x - look.anchor[0],
              top: p.y - look.anchor[1],
              width: look.size[0],
              height: look.size[1],
            }}
            // A press on a marker is for the marker, not a reach for the map as a whole (see StaticMap).
            onPointerDown={(event) => event.stopPropagation()}
            onClick={() =>
              onReach(
                marker.kind === "cluster"
                  ? { view: { center: marker.position, zoom: marker.expansionZoom } }
                  : { openKey: marker.key },
              )
            }
            // biome-ignore lint/security/noDangerouslySetInnerHtml: marker-html.ts escapes every text it puts in
            dangerouslySetInnerHTML={{ __html: look.html }}
          />
        );
      })}
    </>
  );
}
