"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { MarkerMap } from "@/components/maps/marker-map";
import { type PlaceIndex, type PlaceMarker, placeIndex, placeMarkers } from "@/components/maps/place-groups";
import type { MapView } from "@/lib/maps/fit-view";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { type AqiCategoryLook, aqiChipStyle, inLocale, NO_AQI_COLOUR } from "./aqi-look";
import type { AirStation } from "./types";

// The tile servers draw 18 at most; at 7 the county stations (Qiandao Lake) are in the box with the city's.
export const AIR_MAP_ZOOMS = { min: 7, max: 18 } as const;

/** A group of stations shows its worst AQI (in that category's colour) and how many stations it holds. */
export interface StationGroup {
  worst: number;
  level: number | null;
  colour: string | null;
}
export type StationIndex = PlaceIndex<AirStation, StationGroup>;
type StationMarker = PlaceMarker<AirStation, StationGroup>;

/** The stations grouped where their markers would overlap (the city centre's are a few km apart). */
export function stationIndex(stations: readonly AirStation[], elder: boolean): StationIndex {
  return placeIndex(stations, elder, {
    of: (s) => ({ worst: s.aqi.value ?? -1, level: s.aqi.level, colour: s.aqi.colour }),
    fold: (group, other) => {
      if (other.worst > group.worst) Object.assign(group, other);
    },
  });
}

interface StationMapProps {
  /** The stations grouped for every zoom (stationIndex), built once by the caller for the map and for choosing. */
  index: StationIndex;
  view: MapView;
  tiles: MapTiles;
  elder: boolean;
  selectedId: string | null;
  onView: (view: MapView) => void;
  onSelect: (station: AirStation) => void;
}

/**
 * The stations on a map drawn as plain HTML over the configured tiles (14 places need no map script): each marker
 * is its AQI in the category's colour, grey "—" where the standard withholds the AQI. Tapping one chooses it.
 */
export function StationMap({ index, view, tiles, elder, selectedId, onView, onSelect }: StationMapProps) {
  const t = useTranslations("airUi");
  const locale = useLocale();
  const size = elder ? 48 : 36;
  const markers = useMemo(() => placeMarkers(index, view), [index, view]);
  const nameOf = (marker: StationMarker) => {
    if (marker.kind === "group") {
      const { worst } = marker.summary;
      return worst < 0
        ? t("map.groupNoAqi", { count: marker.count })
        : t("map.group", { count: marker.count, aqi: worst });
    }
    const { name, aqi } = marker.place;
    return aqi.value === null
      ? t("map.markerNoAqi", { name })
      : t("map.marker", { name, aqi: aqi.value, category: inLocale(aqi.category, locale) });
  };
  const press = (marker: StationMarker) =>
    marker.kind === "group"
      ? onView({ center: marker.position, zoom: Math.min(marker.expansionZoom, AIR_MAP_ZOOMS.max) })
      : onSelect(marker.place);
  return (
    <MarkerMap
      label={t("map.label")}
      testId="air-map"
      view={view}
      tiles={tiles}
      zooms={AIR_MAP_ZOOMS}
      zoomIn={t("map.zoomIn")}
      zoomOut={t("map.zoomOut")}
      onView={onView}
      priority
    >
      {(at) =>
        markers.map((marker) => {
          const p = at(marker.position);
          const group = marker.kind === "group";
          const chosen = !group && marker.place.id === selectedId;
          const value = group
            ? marker.summary.worst < 0
              ? null
              : marker.summary.worst
            : marker.place.aqi.value;
          const level = group ? marker.summary.level : marker.place.aqi.level;
          const colour = group ? marker.summary.colour : marker.place.aqi.colour;
          return (
            <button
              key={marker.key}
              type="button"
              data-testid={group ? "air-group" : "air-marker"}
              data-station-id={group ? undefined : marker.place.id}
              data-count={group ? marker.count : undefined}
              data-level={level ?? "none"}
              aria-label={nameOf(marker)}
              aria-pressed={group ? undefined : chosen}
              className={`static-map__placed flex -translate-x-1/2 -translate-y-1/2 items-center justify-center gap-1 whitespace-nowrap border-2 border-white px-1.5 font-bold leading-none shadow ${
                group ? "rounded-xl" : "rounded-full"
              } ${chosen ? "outline outline-4 outline-offset-1 outline-[#1e3a8a]" : ""}`}
              style={{
                left: p.x,
                top: p.y,
                minWidth: size,
                height: size,
                zIndex: chosen ? 2 : value === null ? 0 : 1,
                ...aqiChipStyle(level, colour),
              }}
              onClick={() => press(marker)}
            >
              <span aria-hidden="true">{value ?? "—"}</span>
              {/* The space keeps "118 7站" the text the group's name starts with, as a voice user would say it. */}
              {group && " "}
              {group && (
                <span aria-hidden="true" className="rounded-full bg-white px-1 text-black">
                  {t("map.groupShort", { count: marker.count })}
                </span>
              )}
            </button>
          );
        })
      }
    </MarkerMap>
  );
}

/** The six categories in the reader's language with their colours, and the grey of a station without an AQI. */
export function AirMapLegend({ categories }: { categories: readonly AqiCategoryLook[] }) {
  const t = useTranslations("airUi.legend");
  const swatch = (key: string, style: { backgroundColor: string; color: string }, text: string) => (
    <li key={key} className="flex items-center gap-1.5">
      <span
        aria-hidden="true"
        className="inline-block h-4 w-4 shrink-0 rounded-full border border-black/30"
        style={style}
      />
      <span>{text}</span>
    </li>
  );
  return (
    <div className="text-sm" data-testid="air-legend">
      <p className="mb-1 text-[var(--muted)]">{t("heading")}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {categories.map((c) => swatch(String(c.level), aqiChipStyle(c.level, c.colour), c.name))}
        {swatch("none", aqiChipStyle(null, NO_AQI_COLOUR), t("noAqi"))}
      </ul>
      <p className="mt-1 text-[var(--muted)]">{t("group")}</p>
    </div>
  );
}
