import Supercluster from "supercluster";
import type { LatLng } from "@/lib/citybrain/types";
import type { MapView } from "@/lib/maps/fit-view";
import type { ClinicHospital } from "./types";

/** A hospital as the map and the list show it: numbered in list order, so a marker's number finds its row. */
export interface NumberedHospital extends ClinicHospital {
  number: number;
}

/** What one marker on the hospital map stands for at a zoom. */
export type HospitalMarker =
  | { kind: "group"; key: string; position: LatLng; count: number; pilots: number; expansionZoom: number }
  | { kind: "hospital"; key: string; position: LatLng; hospital: NumberedHospital };

export type HospitalIndex = Supercluster<{ hospital: NumberedHospital }, { pilots: number }>;

// Leaflet's maps here go to 18; groups split by then.
const MAX_GROUP_ZOOM = 17;

/** The hospitals in list order: credit pilots first (where the health card pays), each with its number. */
export function numberedHospitals(hospitals: readonly ClinicHospital[]): NumberedHospital[] {
  const pilotsFirst = [...hospitals.filter((h) => h.creditPilot), ...hospitals.filter((h) => !h.creditPilot)];
  return pilotsFirst.map((hospital, index) => ({ ...hospital, number: index + 1 }));
}

/**
 * Hospitals grouped where their markers would overlap. Supercluster measures on 512 px tiles, the map draws
 * 256 px ones: markers closer than 48 (elder 64) screen px, more than a marker is wide, are one group, so every
 * marker keeps the 24 px a finger needs.
 */
export function hospitalIndex(hospitals: readonly NumberedHospital[], elder: boolean): HospitalIndex {
  const index: HospitalIndex = new Supercluster({
    radius: elder ? 128 : 96,
    maxZoom: MAX_GROUP_ZOOM,
    map: ({ hospital }) => ({ pilots: hospital.creditPilot ? 1 : 0 }),
    reduce: (sum, other) => {
      sum.pilots += other.pilots;
    },
  });
  return index.load(
    hospitals.map((hospital) => ({
      type: "Feature" as const,
      properties: { hospital },
      geometry: { type: "Point" as const, coordinates: [hospital.lng, hospital.lat] },
    })),
  );
}

/** The markers of a view: the whole city's hospitals fit in a few screens, so none is left out by a box. */
export function hospitalMarkers(index: HospitalIndex, view: MapView): HospitalMarker[] {
  return index.getClusters([-180, -85, 180, 85], Math.round(view.zoom)).map((feature): HospitalMarker => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    if ("cluster" in feature.properties) {
      const { cluster_id: id, point_count: count, pilots } = feature.properties;
      return {
        kind: "group",
        key: `group-${id}`,
        position: { lat, lng },
        count,
        pilots,
        expansionZoom: Math.min(index.getClusterExpansionZoom(id), MAX_GROUP_ZOOM + 1),
      };
    }
    const { hospital } = feature.properties;
    return { kind: "hospital", key: hospital.id, position: { lat, lng }, hospital };
  });
}

/** The zoom at which a hospital has a marker of its own (no group holds it), from `zoom` deeper. */
export function zoomShowing(index: HospitalIndex, hospitalId: string, zoom: number): number {
  for (let z = Math.round(zoom); z <= MAX_GROUP_ZOOM; z += 1) {
    if (hospitalMarkers(index, { center: { lat: 0, lng: 0 }, zoom: z }).some((m) => m.key === hospitalId))
      return z;
  }
  return MAX_GROUP_ZOOM + 1;
}
