"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
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

export function ParkingMapLoader(props: ParkingMapProps) {
  return <ParkingMap {...props} />;
}
