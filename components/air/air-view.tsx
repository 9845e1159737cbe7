"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { AsOf } from "@/components/data/as-of";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { useNearView } from "@/components/data/use-near-view";
import { zoomShowing } from "@/components/maps/place-groups";
import { useGeolocation } from "@/components/maps/use-geolocation";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { distanceMeters } from "@/lib/geo/distance";
import { fitView, type MapView } from "@/lib/maps/fit-view";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { AdvicePanel } from "./advice-panel";
import { type AirPlace, roundedPoint } from "./air-urls";
import { AqiChip } from "./aqi-chip";
import type { AqiCategoryLook } from "./aqi-look";
import { ForecastPanel } from "./forecast-panel";
import { NearMe } from "./near-me";
import { StationList } from "./station-list";
import { AIR_MAP_ZOOMS, AirMapLegend, StationMap, stationIndex } from "./station-map";
import { worstFirst } from "./station-order";
import type { AdviceByLevel, AirStation, AirStationsAnswer } from "./types";
import { useAirForecast, useAirStations } from "./use-air";
import { useAqiWords } from "./use-aqi-words";

// The map box on a phone (h-72, the page's width less its margins): the first view fits every station in it.
const MAP_BOX = { width: 320, height: 288 };
// Room for half a group's marker ("118 7站", about 80 px) at the box's edges. (Elder mode's narrower box, 280 px at
// 320, would take the city down a zoom into one group; a group at its edge is cut rather than all in one.)
const EDGE_PX = 40;
// Hubin, by the West Lake: before anyone chooses, the forecast shown is the station nearest the city's centre.
const CITY_CENTRE = { lat: 30.259, lng: 120.165 };
// The first view fits the stations of the city and its near districts (Fuyang, Lin'an: up to 45 km out); a county
// station (Qiandao Lake is 130 km away) would shrink them to one blob. It is on the map zoomed out, and in the list.
const CITY_RADIUS_M = 60_000;

export interface AirViewProps {
  tiles: MapTiles;
  elder: boolean;
  initial?: ServerAnswer<AirStationsAnswer>;
  categories: readonly AqiCategoryLook[];
  advice: AdviceByLevel;
}

/** The air page's island: stations on a map and in a list, the air where I am, and the chosen place's outlook. */
export function AirView({ tiles, elder, initial, categories, advice }: AirViewProps) {
  const t = useTranslations("airUi");
  const locale = useLocale();
  const format = useDisplayFormat();
  const words = useAqiWords();
  const errorText = useApiErrorText();
  const answer = useAirStations(initial);
  const stations = useMemo(() => worstFirst(answer.data?.stations ?? [], locale), [answer.data, locale]);
  const whole = useMemo(
    () =>
      fitView(
        stations.filter((s) => distanceMeters(CITY_CENTRE, s) <= CITY_RADIUS_M),
        {
          ...MAP_BOX,
          crs: tiles.crs,
          maxZoom: 14,
          minZoom: AIR_MAP_ZOOMS.min,
          paddingPx: EDGE_PX,
        },
      ),
    [stations, tiles.crs],
  );
  const index = useMemo(() => stationIndex(stations, elder), [stations, elder]);
  const [moved, setMoved] = useState<MapView | null>(null);
  const view = moved ?? whole;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [usePoint, setUsePoint] = useState(false);
  const locator = useGeolocation();
  const point = locator.position ? roundedPoint(locator.position.lat, locator.position.lng) : null;
  const pointKey = point?.kind === "point" ? `${point.lat},${point.lng}` : null;
  // A new position is what the reader asked for: it replaces the station shown until they choose one again.
  useEffect(() => {
    if (pointKey) setUsePoint(true);
  }, [pointKey]);

  const centre = useMemo(
    () =>
      stations.reduce<AirStation | null>(
        (best, s) =>
          best === null || distanceMeters(CITY_CENTRE, s) < distanceMeters(CITY_CENTRE, best) ? s : best,
        null,
      ),
    [stations],
  );
  const station = stations.find((s) => s.id === chosenId) ?? centre;
  const place: AirPlace | null =
    usePoint && point ? point : station ? { kind: "station", id: station.id } : null;
  const panel = useRef<HTMLDivElement>(null);
  // The forecast (and its chart's script) below the fold is asked for as the reader nears it, or chooses a place:
  // a phone loading the page spends nothing on it before the map and the list are usable.
  const [asked, setAsked] = useState(false);
  const forecastBox = useRef<HTMLDivElement>(null);
  const nearForecast = useNearView(forecastBox, "200px");
  const forecast = useAirForecast(asked || nearForecast || place?.kind === "point" ? place : null);
  const pointAnswer = place?.kind === "point" ? forecast.data : undefined;

  const choose = (s: AirStation, fromList = false) => {
    setChosenId(s.id);
    setUsePoint(false);
    setAsked(true);
    if (!fromList) return;
    // Chosen in the list, it is also shown on the map, on its own marker, for when the reader scrolls back up.
    panel.current?.scrollIntoView({ block: "start" });
    const zoom = Math.max(view?.zoom ?? 0, zoomShowing(index, s.id, 0));
    setMoved({ center: s, zoom: Math.min(zoom, AIR_MAP_ZOOMS.max) });
  };

  const now =
    place?.kind === "point"
      ? (pointAnswer?.past.at(-1) ?? null)
      : station
        ? { ...station.aqi, aqi: station.aqi.value, at: station.observedAt }
        : null;
  const level = now?.level ?? null;
  const title =
    place?.kind === "point" ? t("place.here") : station ? t("place.station", { name: station.name }) : "";

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <AsOf at={answer.asOf} fromCache={answer.fromCache} />
        {answer.data?.stale && (
          <p
            role="status"
            data-testid="air-stale"
            className="font-semibold text-amber-800 dark:text-amber-200"
          >
            {t("stale", { time: format.asOf(new Date(answer.data.asOf)) })}
          </p>
        )}
        {answer.error && !answer.data ? <p role="alert">{t("loadFailed")}</p> : null}
      </div>

      <NearMe
        status={locator.status}
        onLocate={locator.locate}
        answer={pointAnswer}
        error={
          place?.kind === "point" && forecast.error && !forecast.data ? errorText(forecast.error) : undefined
        }
      />

      {view && (
        <div className="flex flex-col gap-3">
          <StationMap
            index={index}
            view={view}
            tiles={tiles}
            elder={elder}
            selectedId={place?.kind === "station" ? (station?.id ?? null) : null}
            onView={setMoved}
            onSelect={(s) => choose(s)}
          />
          <div className="flex flex-wrap items-start justify-between gap-2">
            <AirMapLegend categories={categories} />
            {moved && (
              <button
                type="button"
                className="touch-target rounded-xl border border-[var(--border)] px-4 py-2 font-semibold"
                onClick={() => setMoved(null)}
              >
                {t("map.showAll")}
              </button>
            )}
          </div>
        </div>
      )}

      {place && (
        <div
          ref={panel}
          className="flex scroll-mt-4 flex-col gap-4"
          data-testid="air-place"
          data-place={place.kind}
        >
          <section aria-labelledby="air-now-heading" className="flex flex-col gap-2">
            <h2 id="air-now-heading" className="text-xl font-bold" data-testid="air-place-name">
              {title}
            </h2>
            {now && (
              <div className="flex items-center gap-3" data-testid="air-now" data-aqi={now.aqi ?? ""}>
                <AqiChip aqi={now.aqi} level={now.level} colour={now.colour} large />
                <div className="flex min-w-0 flex-col">
                  <span className="text-lg font-semibold">
                    {t("place.now")} · {now.aqi === null ? t("noAqi") : words.category(now.category)}
                  </span>
                  {now.aqi === null ? (
                    <span className="text-sm">{t("noAqiWhy")}</span>
                  ) : (
                    <span className="text-sm">{words.primary(now.primary, now.aqi)}</span>
                  )}
                  <span className="text-sm text-[var(--muted)]">{words.reading(now.at)}</span>
                </div>
              </div>
            )}
          </section>
          {level !== null && advice[level] && <AdvicePanel advice={advice[level]} />}
          <div ref={forecastBox} data-testid="air-forecast-area">
            {forecast.data ? (
              <ForecastPanel answer={forecast.data} categories={categories} advice={advice} elder={elder} />
            ) : forecast.error ? (
              <p role="alert" data-testid="air-forecast-failed">
                {t("forecast.failed", { reason: errorText(forecast.error) })}
              </p>
            ) : (
              <p>{t("forecast.loading")}</p>
            )}
          </div>
        </div>
      )}

      {stations.length > 0 && (
        <StationList
          stations={stations}
          selectedId={place?.kind === "station" ? (station?.id ?? null) : null}
          onSelect={(s) => choose(s, true)}
        />
      )}
    </div>
  );
}
