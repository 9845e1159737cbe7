"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useGeolocation } from "@/components/maps/use-geolocation";
import type { ServerAnswer } from "@/lib/client/server-answer";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { walkingMinutes } from "@/lib/places/walking-time";
import { CoverageNote } from "./coverage-note";
import { DataStatus } from "./data-status";
import { DestinationSearch } from "./destination-search";
import { DestinationStatus } from "./destination-status";
import { LotList } from "./lot-list";
import {
  DEFAULT_ORIGIN,
  DEFAULT_RADIUS_KM,
  filterLots,
  type LotsResponse,
  NO_FILTERS,
  type ParkingLot,
  type RadiusKm,
  type SortKey,
  sortLots,
} from "./lot-model";
import { MapLegend } from "./map-legend";
import { ParkingMapLoader } from "./parking-map-loader";
import { SearchControls } from "./search-controls";
import { useDestination } from "./use-destination";
import { useParkingLots } from "./use-parking-lots";

type View = "map" | "list";

/**
 * "Where to?", filters, the list and the map, around the person or a chosen destination; on phones the map and list
 * take turns, on desktop they sit side by side.
 */
export function ParkingExplorer({
  tiles,
  elder,
  initialLots,
}: {
  tiles: MapTiles;
  elder: boolean;
  /** The lots around the starting point, read by the server for the first paint. */
  initialLots?: ServerAnswer<LotsResponse>;
}) {
  const t = useTranslations("parking");
  const geo = useGeolocation();
  const destination = useDestination();
  const place = destination.state.status === "found" ? destination.state.place : undefined;
  const nearMe = geo.status === "found" && geo.position ? geo.position : DEFAULT_ORIGIN;
  // While a destination from the address is looked up, no lots are asked for around anywhere else.
  const origin = place
    ? { lat: place.lat, lng: place.lng }
    : destination.state.status === "loading"
      ? null
      : nearMe;
  const [radiusKm, setRadiusKm] = useState<RadiusKm>(DEFAULT_RADIUS_KM);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>("distance");
  // The list reads best with large text and screen readers, so elder mode starts there.
  const [view, setView] = useState<View>(elder ? "list" : "map");
  const lots = useParkingLots(origin, radiusKm, initialLots);
  // Walks are from the destination only when the distances shown are (not the previous centre's, still shown
  // while the destination's answer loads).
  const walkFrom = place !== undefined && lots.origin?.lat === place.lat && lots.origin.lng === place.lng;
  const withWalks = useMemo<ParkingLot[]>(
    () =>
      (lots.data?.lots ?? []).map((lot) =>
        walkFrom ? { ...lot, walkMinutes: walkingMinutes(lot.distanceM) } : lot,
      ),
    [lots.data, walkFrom],
  );
  const shown = useMemo(() => filterLots(withWalks, filters), [withWalks, filters]);
  const sorted = useMemo(() => sortLots(shown, sort), [shown, sort]);
  const backToMe = () => {
    destination.clear();
    if (geo.status !== "found") geo.locate();
  };

  return (
    <div
      className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:mx-[calc(50%-min(36rem,50vw-1rem))] lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start"
      data-testid="parking-explorer"
    >
      <div className="flex flex-col gap-4">
        <DestinationSearch chosen={place} onChoose={destination.choose} />
        <SearchControls
          around={
            destination.state.status === "none" ? undefined : (
              <DestinationStatus
                state={destination.state}
                onNearMe={backToMe}
                onRetry={() => void destination.retry()}
              />
            )
          }
          locateStatus={geo.status}
          onLocate={geo.locate}
          radiusKm={radiusKm}
          onRadius={setRadiusKm}
          filters={filters}
          onFilters={setFilters}
        />
        <DataStatus
          data={lots.data}
          fromCache={lots.fromCache ?? false}
          error={lots.error}
          isLoading={lots.isLoading}
          onRetry={() => void lots.retry()}
        />
        <CoverageNote coverage={lots.data?.coverage} />
        <fieldset className="flex gap-2 lg:hidden">
          <legend className="sr-only">{t("view.label")}</legend>
          {(["map", "list"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
              data-testid={`view-${option}`}
              className={`touch-target flex-1 rounded-xl border px-4 font-semibold ${
                view === option
                  ? "border-[var(--accent)] bg-[var(--accent)] text-[var(--accent-contrast)]"
                  : "border-[var(--border)] bg-[var(--card)]"
              }`}
            >
              {t(`view.${option}`)}
            </button>
          ))}
        </fieldset>
        <div className={view === "list" ? "" : "hidden lg:block"}>
          <LotList
            lots={sorted}
            radiusKm={radiusKm}
            sort={sort}
            onSort={setSort}
            destinationName={place?.name}
          />
        </div>
      </div>
      <section
        aria-label={t("map.label")}
        className={`${view === "map" ? "flex" : "hidden lg:flex"} flex-col gap-2 lg:sticky lg:top-20`}
      >
        <div
          className="parking-map isolate h-[60dvh] lg:h-[calc(100dvh-12rem)]"
          data-testid="parking-map"
          data-tile-provider={tiles.provider}
          data-tile-crs={tiles.crs}
        >
          <ParkingMapLoader
            lots={shown}
            origin={origin ?? nearMe}
            radiusKm={radiusKm}
            tiles={tiles}
            elder={elder}
            destinationName={place?.name}
          />
        </div>
        <MapLegend destination={place !== undefined} />
      </section>
    </div>
  );
}
