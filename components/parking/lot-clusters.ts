import Supercluster from "supercluster";
import type { LatLng } from "@/lib/citybrain/types";
import { groupColocated } from "./colocated-lots";
import type { ParkingLot } from "./lot-model";

// Lots grouped for one zoom of the map, the same for the live map (cluster-markers.tsx) and the map drawn before
// Leaflet has loaded (static-lot-markers.tsx), so the one replaces the other marker for marker.

interface ClusterSums {
  available: number;
  /** Lots, not points: a point may hold several lots at one position. */
  lots: number;
}

/** What one marker stands for at a zoom. */
export type LotMarker =
  | {
      kind: "cluster";
      key: string;
      position: LatLng;
      count: number;
      available: number;
      expansionZoom: number;
    }
  | { kind: "together"; key: string; position: LatLng; lots: ParkingLot[]; available: number }
  | { kind: "lot"; key: string; position: LatLng; lot: ParkingLot };

export type LotClusters = Supercluster<{ lots: ParkingLot[] }, ClusterSums>;

// The deepest zoom at which nearby lots are grouped; Leaflet's maps here go to 18.
const MAX_CLUSTER_ZOOM = 17;

/**
 * Lots as points grouped where their markers would overlap. Supercluster measures on 512 px tiles, Leaflet draws
 * 256 px ones: groups within 56 (elder 72) screen px, more than a marker is wide, so no marker hides part of
 * another (each keeps the 24 px a finger needs). `fromZoom` skips the zooms above the map's (a view that cannot
 * zoom out needs no index for them).
 */
export function lotClusters(lots: ParkingLot[], elder: boolean, fromZoom = 0): LotClusters {
  const index = new Supercluster<{ lots: ParkingLot[] }, ClusterSums>({
    radius: elder ? 144 : 112,
    minZoom: Math.min(fromZoom, MAX_CLUSTER_ZOOM),
    maxZoom: MAX_CLUSTER_ZOOM,
    map: ({ lots: here }) => ({
      available: here.reduce((sum, lot) => sum + lot.available, 0),
      lots: here.length,
    }),
    reduce: (sum, other) => {
      sum.available += other.available;
      sum.lots += other.lots;
    },
  });
  // Lots at one position (a surface and an underground car park) can never be told apart by zooming: they are
  // one point on the map whose pop-up lists them all.
  return index.load(
    groupColocated(lots).map((here) => ({
      type: "Feature" as const,
      properties: { lots: here },
      geometry: { type: "Point" as const, coordinates: [here[0]!.lng, here[0]!.lat] },
    })),
  );
}

/** The markers in a box (west, south, east, north) at a zoom. */
export function lotMarkersIn(
  index: LotClusters,
  bbox: [number, number, number, number],
  zoom: number,
): LotMarker[] {
  return index.getClusters(bbox, zoom).map((feature): LotMarker => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const position = { lat, lng };
    if ("cluster" in feature.properties) {
      const { cluster_id: id, lots: count, available } = feature.properties;
      return {
        kind: "cluster",
        key: `cluster-${id}`,
        position,
        count,
        available,
        expansionZoom: Math.min(index.getClusterExpansionZoom(id), 18),
      };
    }
    const { lots: here } = feature.properties;
    if (here.length > 1) {
      const available = here.reduce((sum, one) => sum + one.available, 0);
      return {
        kind: "together",
        key: `here-${here.map((one) => one.id).join("+")}`,
        position,
        lots: here,
        available,
      };
    }
    return { kind: "lot", key: here[0]!.id, position, lot: here[0]! };
  });
}
