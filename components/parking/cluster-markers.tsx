"use client";

import type { Map as LeafletMap } from "leaflet";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Marker, Popup, useMap, useMapEvents } from "react-leaflet";
import Supercluster from "supercluster";
import { useProgressiveCount } from "@/components/ui/use-progressive-count";
import { groupColocated } from "./colocated-lots";
import { availabilityLevel, type ParkingLot } from "./lot-model";
import { LotPopup } from "./lot-popup";
import { clusterIcon, lotIcon } from "./map-icons";
import { useMarkerContent } from "./marker-content";

interface ClusterSums {
  available: number;
  /** Lots, not points: a point may hold several lots at one position. */
  lots: number;
}

// Markers drawn per task: small batches, so drawing dozens of markers never becomes one long task on a slow phone.
const MARKERS_PER_TASK = 8;

type View = { bbox: [number, number, number, number]; zoom: number };

function viewOf(map: LeafletMap): View {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: Math.round(map.getZoom()) };
}

/** Lots as markers, grouped into clusters (supercluster) where they would overlap at this zoom. */
export function ClusterMarkers({ lots, elder }: { lots: ParkingLot[]; elder: boolean }) {
  const t = useTranslations("parking.map");
  const markerContent = useMarkerContent();
  const map = useMap();
  const [view, setView] = useState(() => viewOf(map));
  // "resize" too: a map first laid out while hidden (phone list view) has an empty view until it is shown.
  useMapEvents({ moveend: () => setView(viewOf(map)), resize: () => setView(viewOf(map)) });

  const index = useMemo(() => {
    const cluster = new Supercluster<{ lots: ParkingLot[] }, ClusterSums>({
      // Supercluster measures on 512 px tiles, Leaflet draws 256 px ones: groups within 56 (elder 72) screen px, more than a marker is wide, so no
      // marker hides part of another (each keeps the 24 px a finger needs).
      radius: elder ? 144 : 112,
      maxZoom: 17,
      map: ({ lots: here }) => ({
        available: here.reduce((sum, lot) => sum + lot.available, 0),
        lots: here.length,
      }),
      reduce: (sum, other) => {
        sum.available += other.available;
        sum.lots += other.lots;
      },
    });
    // Lots at one position (a surface and an underground car park) can never be told apart by zooming: they
    // are one point on the map whose pop-up lists them all.
    return cluster.load(
      groupColocated(lots).map((here) => ({
        type: "Feature" as const,
        properties: { lots: here },
        geometry: { type: "Point" as const, coordinates: [here[0]!.lng, here[0]!.lat] },
      })),
    );
  }, [lots, elder]);

  // The same icon object for a lot across renders, so panning does not rebuild its element (and lose focus); made
  // when its marker is first drawn, not for every lot up front.
  const iconOf = useMemo(() => {
    const made = new WeakMap<ParkingLot, ReturnType<typeof lotIcon>>();
    return (lot: ParkingLot) => {
      let icon = made.get(lot);
      if (!icon) {
        const { name, shown } = markerContent(lot);
        icon = lotIcon(availabilityLevel(lot), shown, name, elder);
        made.set(lot, icon);
      }
      return icon;
    };
  }, [elder, markerContent]);

  const features = index.getClusters(view.bbox, view.zoom);
  const drawn = useProgressiveCount(features.length, MARKERS_PER_TASK);
  return features.slice(0, drawn).map((feature) => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    if ("cluster" in feature.properties) {
      const { cluster_id: id, lots: count, available } = feature.properties;
      const zoomIn = () => map.flyTo([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18));
      return (
        <Marker
          key={`cluster-${id}`}
          position={[lat, lng]}
          icon={clusterIcon(count, t("cluster", { count, available }), t("clusterUnit", { count }), elder)}
          eventHandlers={{ click: zoomIn }}
        />
      );
    }
    const { lots: here } = feature.properties;
    const [lot] = here;
    if (here.length > 1) {
      const available = here.reduce((sum, one) => sum + one.available, 0);
      const count = here.length;
      return (
        <Marker
          key={`here-${here.map((one) => one.id).join("+")}`}
          position={[lat, lng]}
          icon={clusterIcon(
            count,
            t("together", { count, available }),
            t("clusterUnit", { count }),
            elder,
            true,
          )}
        >
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
      <Marker key={lot!.id} position={[lat, lng]} icon={iconOf(lot!)}>
        <Popup>
          <LotPopup lot={lot!} />
        </Popup>
      </Marker>
    );
  });
}
