"use client";

import type { Map as LeafletMap, Marker as LeafletMarker } from "leaflet";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Marker, Popup, useMap, useMapEvents } from "react-leaflet";
import { useProgressiveCount } from "@/components/ui/use-progressive-count";
import { type LotMarker, lotClusters, lotMarkersIn } from "./lot-clusters";
import type { ParkingLot } from "./lot-model";
import { LotPopup } from "./lot-popup";
import { markerIcon } from "./map-icons";
import { useMarkerLook } from "./marker-content";

// Markers drawn per task: small batches, so drawing dozens of markers never becomes one long task on a slow phone.
const MARKERS_PER_TASK = 8;

type View = { bbox: [number, number, number, number]; zoom: number };

function viewOf(map: LeafletMap): View {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: Math.round(map.getZoom()) };
}

/**
 * Lots as markers, grouped into clusters (supercluster) where they would overlap at this zoom. `openKey` is the
 * marker whose pop-up opens once it is drawn: the one tapped on the map shown before this one had loaded.
 */
export function ClusterMarkers({
  lots,
  elder,
  openKey,
}: {
  lots: ParkingLot[];
  elder: boolean;
  openKey?: string;
}) {
  const map = useMap();
  const [view, setView] = useState(() => viewOf(map));
  // "resize" too: a map first laid out while hidden (phone list view) has an empty view until it is shown.
  useMapEvents({ moveend: () => setView(viewOf(map)), resize: () => setView(viewOf(map)) });
  const index = useMemo(() => lotClusters(lots, elder), [lots, elder]);

  // The same icon object for a lot across renders, so panning does not rebuild its element (and lose focus); made
  // when its marker is first drawn, not for every lot up front. Groups change with the view and are made anew.
  const lookOf = useMarkerLook(elder);
  const iconOf = useMemo(() => {
    const made = new WeakMap<ParkingLot, ReturnType<typeof markerIcon>>();
    return (marker: LotMarker) => {
      if (marker.kind !== "lot") return markerIcon(lookOf(marker));
      let icon = made.get(marker.lot);
      if (!icon) {
        icon = markerIcon(lookOf(marker));
        made.set(marker.lot, icon);
      }
      return icon;
    };
  }, [lookOf]);

  // The marker to open, once drawn; opened after its pop-up has been bound to it (a child's effect, which runs
  // before this component's) and the other markers are drawn.
  const toOpen = useRef<{ marker: LeafletMarker | null; opened: boolean }>({ marker: null, opened: false });
  const keepToOpen = useCallback((marker: LeafletMarker | null) => {
    toOpen.current.marker = marker;
  }, []);

  const markers = lotMarkersIn(index, view.bbox, view.zoom);
  const drawn = useProgressiveCount(markers.length, MARKERS_PER_TASK);
  const allDrawn = drawn >= markers.length;
  // Only once every marker is drawn: the pop-up pans the map, and a marker beyond the batches drawn so far in the
  // new view's order would be taken off the map, its pop-up with it.
  useEffect(() => {
    const { marker, opened } = toOpen.current;
    if (opened || !allDrawn || !marker?.getPopup()) return;
    toOpen.current.opened = true;
    marker.openPopup();
    // Where a keyboard user's press on the picture's marker left off: on this marker, its pop-up open.
    marker.getElement()?.focus({ preventScroll: true });
  });
  return markers.slice(0, drawn).map((marker) => {
    const position: [number, number] = [marker.position.lat, marker.position.lng];
    const ref = marker.key === openKey ? keepToOpen : undefined;
    if (marker.kind === "cluster") {
      return (
        <Marker
          key={marker.key}
          position={position}
          icon={iconOf(marker)}
          eventHandlers={{ click: () => map.flyTo(position, marker.expansionZoom) }}
        />
      );
    }
    if (marker.kind === "together") {
      const { lots: here } = marker;
      return (
        <Marker key={marker.key} ref={ref} position={position} icon={iconOf(marker)}>
          <Popup>
            <ul className="flex flex-col gap-3" data-testid="colocated-lots">
              {here.map((one) => (
                <li key={one.id}>
                  <LotPopup lot={one} />
                </li>
              ))}
            </ul>
          </Popup>
        </Marker>
      );
    }
    return (
      <Marker key={marker.key} ref={ref} position={position} icon={iconOf(marker)}>
        <Popup>
          <LotPopup lot={marker.lot} />
        </Popup>
      </Marker>
    );
  });
}
