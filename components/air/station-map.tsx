"use client";

import { useLocale, useTranslations } from "next-intl";
import { MapCredit } from "@/components/maps/map-credit";
import { StaticMap } from "@/components/maps/static-map";
import { ZoomButtonsView } from "@/components/maps/zoom-buttons";
import { attributionHtml } from "@/lib/maps/attribution";
import type { MapView } from "@/lib/maps/fit-view";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { type AqiCategoryLook, aqiChipStyle, inLocale, NO_AQI_COLOUR } from "./aqi-look";
import type { AirStation } from "./types";

// The tile servers draw 18 at most; at 7 the county stations (Qiandao Lake) are in the box with the city's.
export const AIR_MAP_ZOOMS = { min: 7, max: 18 } as const;

interface StationMapProps {
  stations: readonly AirStation[];
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
export function StationMap({ stations, view, tiles, elder, selectedId, onView, onSelect }: StationMapProps) {
  const t = useTranslations("airUi");
  const credit = useTranslations("maps.attribution");
  const locale = useLocale();
  const size = elder ? 48 : 36;
  const zoomTo = (zoom: number) => () => onView({ center: view.center, zoom });
  return (
    <div className="flex flex-col gap-2">
      <section aria-label={t("map.label")} data-testid="air-map">
        <StaticMap
          center={view.center}
          zoom={view.zoom}
          tiles={tiles}
          creditHtml=""
          className="h-72 w-full rounded-2xl"
        >
          {(at) =>
            stations.map((station) => {
              const p = at(station);
              const chosen = station.id === selectedId;
              const { value, level, category, colour } = station.aqi;
              return (
                <button
                  key={station.id}
                  type="button"
                  data-testid="air-marker"
                  data-station-id={station.id}
                  data-level={level ?? "none"}
                  aria-label={
                    value === null
                      ? t("map.markerNoAqi", { name: station.name })
                      : t("map.marker", {
                          name: station.name,
                          aqi: value,
                          category: inLocale(category, locale),
                        })
                  }
                  aria-pressed={chosen}
                  className={`static-map__placed flex -translate-x-1/2 -translate-y-1/2 items-center justify-center whitespace-nowrap rounded-full border-2 border-white px-1 font-bold leading-none shadow ${
                    chosen ? "outline outline-4 outline-offset-1 outline-[#1e3a8a]" : ""
                  }`}
                  style={{
                    left: p.x,
                    top: p.y,
                    minWidth: size,
                    height: size,
                    zIndex: chosen ? 2 : value === null ? 0 : 1,
                    ...aqiChipStyle(level, colour),
                  }}
                  onClick={() => onSelect(station)}
                >
                  <span aria-hidden="true">{value ?? "—"}</span>
                </button>
              );
            })
          }
        </StaticMap>
        <MapCredit html={attributionHtml(tiles.attribution, (key, values) => credit(key, values))} />
      </section>
      <ZoomButtonsView
        zoomIn={t("map.zoomIn")}
        zoomOut={t("map.zoomOut")}
        onZoomIn={view.zoom < AIR_MAP_ZOOMS.max ? zoomTo(view.zoom + 1) : undefined}
        onZoomOut={view.zoom > AIR_MAP_ZOOMS.min ? zoomTo(view.zoom - 1) : undefined}
      />
    </div>
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
    </div>
  );
}
