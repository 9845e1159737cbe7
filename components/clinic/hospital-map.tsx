"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { MarkerMap } from "@/components/maps/marker-map";
import type { MapView } from "@/lib/maps/fit-view";
import type { MapTiles } from "@/lib/maps/tile-provider";
import {
  type HospitalIndex,
  type HospitalMarker,
  hospitalMarkers,
  type NumberedHospital,
} from "./hospital-groups";

// The tile servers draw 18 at most; below 9 Hangzhou is a dot.
export const HOSPITAL_MAP_ZOOMS = { min: 9, max: 18 } as const;

interface HospitalMapProps {
  /** The hospitals grouped for every zoom (hospitalIndex), built once by the caller for the map and for choosing. */
  index: HospitalIndex;
  view: MapView;
  tiles: MapTiles;
  elder: boolean;
  selectedId: string | null;
  onView: (view: MapView) => void;
  onSelect: (hospital: NumberedHospital) => void;
}

/** A hospital's marker shape and colour, on the map and beside its row in the list: pilots round and green. */
export const hospitalLook = (creditPilot: boolean) =>
  creditPilot ? "rounded-full bg-[#15803d] text-white" : "rounded-[4px] bg-[#475569] text-white";
const PILOT = hospitalLook(true);
const OTHER = hospitalLook(false);
const GROUP = "rounded-full bg-[#1e3a8a] text-white";

/**
 * Hangzhou's hospitals on a map drawn as plain HTML (no map script: 17 places need no Leaflet): numbered markers,
 * green circles where the health card pays on credit, grey squares where not yet, groups where markers would
 * overlap. A group zooms in when tapped; a hospital is chosen (its row and directions show below).
 */
export function HospitalMap({ index, view, tiles, elder, selectedId, onView, onSelect }: HospitalMapProps) {
  const t = useTranslations("clinicUi.hospitals");
  const markers = useMemo(() => hospitalMarkers(index, view), [index, view]);
  const size = elder ? 48 : 32;
  const nameOf = (marker: HospitalMarker) =>
    marker.kind === "group"
      ? t("group", { count: marker.count, pilots: marker.pilots })
      : t("marker", {
          number: marker.hospital.number,
          name: marker.hospital.name,
          status: t(marker.hospital.creditPilot ? "pilot" : "notPilot"),
        });
  const press = (marker: HospitalMarker) =>
    marker.kind === "group"
      ? onView({ center: marker.position, zoom: Math.min(marker.expansionZoom, HOSPITAL_MAP_ZOOMS.max) })
      : onSelect(marker.hospital);
  return (
    <MarkerMap
      label={t("mapLabel")}
      testId="hospital-map"
      view={view}
      tiles={tiles}
      zooms={HOSPITAL_MAP_ZOOMS}
      zoomIn={t("zoomIn")}
      zoomOut={t("zoomOut")}
      onView={onView}
    >
      {(at) =>
        markers.map((marker) => {
          const p = at(marker.position);
          const chosen = marker.kind === "hospital" && marker.hospital.id === selectedId;
          const look = marker.kind === "group" ? GROUP : marker.hospital.creditPilot ? PILOT : OTHER;
          return (
            <button
              key={marker.key}
              type="button"
              data-testid={marker.kind === "group" ? "hospital-group" : "hospital-marker"}
              data-hospital-id={marker.kind === "hospital" ? marker.hospital.id : undefined}
              aria-label={nameOf(marker)}
              aria-pressed={marker.kind === "hospital" ? chosen : undefined}
              className={`static-map__placed flex -translate-x-1/2 -translate-y-1/2 items-center justify-center whitespace-nowrap border-2 border-white px-1 font-bold leading-none shadow ${look} ${
                chosen ? "outline outline-4 outline-offset-1 outline-[#f59e0b]" : ""
              }`}
              // Centred on its place; a group's count ("12家") widens it rather than wrapping.
              style={{ left: p.x, top: p.y, minWidth: size, height: size, zIndex: chosen ? 1 : 0 }}
              onClick={() => press(marker)}
            >
              <span aria-hidden="true">
                {marker.kind === "group" ? t("groupShort", { count: marker.count }) : marker.hospital.number}
              </span>
            </button>
          );
        })
      }
    </MarkerMap>
  );
}

/** What the markers' colours, shapes and numbers mean, in words. */
export function HospitalMapLegend() {
  const t = useTranslations("clinicUi.hospitals.legend");
  const swatch = (look: string, text: string) => (
    <li className="flex items-center gap-1.5">
      <span
        aria-hidden="true"
        className={`inline-block h-4 w-4 shrink-0 border-2 border-white shadow ${look}`}
      />
      <span>{text}</span>
    </li>
  );
  return (
    <div className="text-sm" data-testid="hospital-legend">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {swatch(PILOT, t("pilot"))}
        {swatch(OTHER, t("notPilot"))}
        {swatch(GROUP, t("group"))}
      </ul>
      <p className="mt-1 text-[var(--muted)]">{t("number")}</p>
    </div>
  );
}
