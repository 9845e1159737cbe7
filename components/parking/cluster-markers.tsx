"use client";

import type { Map as LeafletMap } from "leaflet";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Marker, Popup, useMap, useMapEvents } from "react-leaflet";
import Supercluster from "supercluster";
import { availabilityLevel, type ParkingLot } from "./lot-model";
import { LotPopup } from "./lot-popup";
import { clusterIcon, lotIcon } from "./map-icons";
import { useLotFormat } from "./use-lot-format";

interface ClusterSums {
  available: number;
}

type View = { bbox: [number, number, number, number]; zoom: number };

function viewOf(map: LeafletMap): View {
  const b = map.getBounds();
  return { bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: Math.round(map.getZoom()) };
}

/** Lots as markers, grouped into clusters (supercluster) where they would overlap at this zoom. */
export function ClusterMarkers({ lots, elder }: { lots: ParkingLot[]; elder: boolean }) {
  const t = useTranslations("parking.map");
  const f = useLotFormat();
  const map = useMap();
  const [view, setView] = useState(() => viewOf(map));
  // "resize" too: a map first laid out while hidden (phone list view) has an empty view until it is shown.
  useMapEvents({ moveend: () => setView(viewOf(map)), resize: () => setView(viewOf(map)) });

  const index = useMemo(() => {
    const cluster = new Supercluster<{ lot: ParkingLot }, ClusterSums>({
      radius: elder ? 70 : 56,
      maxZoom: 17,
      map: ({ lot }) => ({ available: lot.available }),
      reduce: (sum, other) => {
        sum.available += other.available;
      },
    });
    return cluster.load(
      lots.map((lot) => ({
        type: "Feature" as const,
        properties: { lot },
        geometry: { type: "Point" as const, coordinates: [lot.lng, lot.lat] },
      })),
    );
  }, [lots, elder]);

  // The same icon object for a lot across renders, so panning does not rebuild its element (and lose focus).
  const icons = useMemo(
    () =>
      new Map(
        lots.map((lot) => {
          const label = t("marker", { name: lot.name, availability: f.availability(lot), free: f.free(lot) });
          return [lot.id, lotIcon(availabilityLevel(lot), lot.available, label, elder)];
        }),
      ),
    [lots, elder, t, f],
  );

  return index.getClusters(view.bbox, view.zoom).map((feature) => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    if ("cluster" in feature.properties) {
      const { cluster_id: id, point_count: count, available } = feature.properties;
      const zoomIn = () => map.flyTo([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18));
      return (
        <Marker
          key={`cluster-${id}`}
          position={[lat, lng]}
          icon={clusterIcon(count, t("cluster", { count, available }), elder)}
          eventHandlers={{ click: zoomIn }}
        />
      );
    }
    const { lot } = feature.properties;
    return (
      <Marker key={lot.id} position={[lat, lng]} icon={icons.get(lot.id)!}>
        <Popup>
          <LotPopup lot={lot} />
        </Popup>
      </Marker>
    );
  });
}
