"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { StaticMap } from "@/components/maps/static-map";
import { ZoomButtonsView } from "@/components/maps/zoom-buttons";
import { attributionHtml } from "@/lib/maps/attribution";
import { zoomForRadius } from "./lot-model";
import type { ParkingMapProps } from "./parking-map";
import { StaticLotMarkers, type StaticMapReach } from "./static-lot-markers";

// Leaflet touches `window` when imported, so the live map is only ever loaded in the browser.
const ParkingMap = dynamic(() => import("./parking-map"), { ssr: false, loading: () => null });

// The live map's deepest and widest zooms (its tile servers draw 18 at most).
const MAX_ZOOM = 18;
const MIN_ZOOM = 3;
const FADE_MS = 250;

/**
 * The parking map: first as plain HTML (tiles, markers, the circle), in the page itself, so it shows with the page
 * and costs a slow phone no script; the live map (Leaflet) loads when someone reaches for it (touches it, points at
 * it, taps a marker or a zoom button) and replaces it at the same place, with the tapped marker's pop-up open.
 */
export function ParkingMapLoader(props: ParkingMapProps) {
  const t = useTranslations("parking.map");
  const credit = useTranslations("maps.attribution");
  const [reach, setReach] = useState<StaticMapReach | null>(null);
  const [live, setLive] = useState(false);
  const zoom = zoomForRadius(props.radiusKm);
  const reachFor = (what: StaticMapReach) => setReach((before) => before ?? what);
  const zoomTo = (to: number) => () => setReach({ view: { center: props.origin, zoom: to } });
  const picture = useRef<HTMLDivElement>(null);
  const liveBox = useRef<HTMLDivElement>(null);
  const showLive = () => {
    // Focus that was on the picture (a marker or zoom button pressed from the keyboard) goes to the live map,
    // unless the tapped marker has taken it already, instead of to the page's start when the picture goes.
    if (picture.current?.contains(document.activeElement)) {
      liveBox.current?.querySelector<HTMLElement>(".leaflet-container")?.focus();
    }
    setLive(true);
  };
  return (
    <div className="relative h-full w-full">
      {!live && (
        <div ref={picture} className="absolute inset-0 flex flex-col gap-2">
          <StaticMap
            center={props.origin}
            zoom={zoom}
            tiles={props.tiles}
            creditHtml={attributionHtml(props.tiles.attribution, (key, values) => credit(key, values))}
            onReach={() => reachFor({})}
            className="min-h-0 w-full flex-1 rounded-2xl"
          >
            {(at) => (
              <StaticLotMarkers
                at={at}
                center={props.origin}
                zoom={zoom}
                radiusKm={props.radiusKm}
                lots={props.lots}
                elder={props.elder}
                destinationName={props.destinationName}
                onReach={(what) => setReach(what)}
              />
            )}
          </StaticMap>
          <ZoomButtonsView
            zoomIn={t("zoomIn")}
            zoomOut={t("zoomOut")}
            onZoomIn={zoom < MAX_ZOOM ? zoomTo(zoom + 1) : undefined}
            onZoomOut={zoom > MIN_ZOOM ? zoomTo(zoom - 1) : undefined}
          />
        </div>
      )}
      {reach && (
        // Until it has drawn its tiles, the live map lets taps through to the picture under it (a tap on a marker
        // there still opens that marker), and the picture shows through it.
        <div
          ref={liveBox}
          className={`absolute inset-0 ${live ? "" : "pointer-events-none parking-map--handover"}`}
        >
          <ParkingMap
            {...props}
            initialView={"view" in reach ? reach.view : undefined}
            openKey={"openKey" in reach ? reach.openKey : undefined}
            // After Leaflet's 200 ms fade-in of the tiles, so the picture underneath is never seen through them.
            // Leaflet says "load" again after every pan; only the first one matters here.
            onReady={live ? undefined : () => setTimeout(showLive, FADE_MS)}
          />
        </div>
      )}
    </div>
  );
}
