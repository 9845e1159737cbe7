"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useShownAfterPaint } from "@/components/maps/use-shown-after-paint";
import type { ParkingMapProps } from "./parking-map";

function MapLoading() {
  const t = useTranslations("parking.map");
  return (
    <div className="flex h-full items-center justify-center rounded-2xl bg-[var(--card)] text-[var(--muted)]">
      {t("loading")}
    </div>
  );
}

// Leaflet touches `window` when imported, so the map is only ever loaded in the browser.
const ParkingMap = dynamic(() => import("./parking-map"), { ssr: false, loading: () => <MapLoading /> });

/** The map, loaded once its place is on screen after the first paint (the list and search work before it). */
export function ParkingMapLoader(props: ParkingMapProps) {
  const place = useRef<HTMLDivElement>(null);
  const shown = useShownAfterPaint(place);
  return (
    <div ref={place} className="h-full w-full">
      {shown ? <ParkingMap {...props} /> : <MapLoading />}
    </div>
  );
}
