import { type PlaceIndex, placeIndex, placeMarkers, zoomShowing } from "@/components/maps/place-groups";
import type { LatLng } from "@/lib/citybrain/types";
import type { MapView } from "@/lib/maps/fit-view";
import type { ClinicHospital } from "./types";

export { zoomShowing };

/** A hospital as the map and the list show it: numbered in list order, so a marker's number finds its row. */
export interface NumberedHospital extends ClinicHospital {
  number: number;
}

/** What one marker on the hospital map stands for at a zoom. */
export type HospitalMarker =
  | { kind: "group"; key: string; position: LatLng; count: number; pilots: number; expansionZoom: number }
  | { kind: "hospital"; key: string; position: LatLng; hospital: NumberedHospital };

export type HospitalIndex = PlaceIndex<NumberedHospital, { pilots: number }>;

/** The hospitals in list order: credit pilots first (where the health card pays), each with its number. */
export function numberedHospitals(hospitals: readonly ClinicHospital[]): NumberedHospital[] {
  const pilotsFirst = [...hospitals.filter((h) => h.creditPilot), ...hospitals.filter((h) => !h.creditPilot)];
  return pilotsFirst.map((hospital, index) => ({ ...hospital, number: index + 1 }));
}

/** Hospitals grouped where their markers would overlap; a group counts its credit pilots. */
export function hospitalIndex(hospitals: readonly NumberedHospital[], elder: boolean): HospitalIndex {
  return placeIndex(hospitals, elder, {
    of: (hospital) => ({ pilots: hospital.creditPilot ? 1 : 0 }),
    fold: (sum, other) => {
      sum.pilots += other.pilots;
    },
  });
}

/** The markers of a view: the whole city's hospitals fit in a few screens, so none is left out by a box. */
export function hospitalMarkers(index: HospitalIndex, view: MapView): HospitalMarker[] {
  return placeMarkers(index, view).map((marker) =>
    marker.kind === "group"
      ? { ...marker, pilots: marker.summary.pilots }
      : { kind: "hospital", key: marker.key, position: marker.position, hospital: marker.place },
  );
}
