"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { useCityData } from "@/components/data/use-city-data";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { fitView, type MapView } from "@/lib/maps/fit-view";
import type { MapTiles } from "@/lib/maps/tile-provider";
import { HospitalDetails } from "./hospital-details";
import { hospitalIndex, type NumberedHospital, numberedHospitals, zoomShowing } from "./hospital-groups";
import { HOSPITAL_MAP_ZOOMS, HospitalMap, HospitalMapLegend, hospitalLook } from "./hospital-map";
import { hospitalsUrl } from "./hospitals-url";
import type { ClinicHospitalsResponse } from "./types";

// The map box on a phone (h-72, the page's width less its margins): the first view fits every hospital in it.
const MAP_BOX = { width: 320, height: 288 };

const isHospitalsResponse = (value: unknown): value is ClinicHospitalsResponse =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as ClinicHospitalsResponse).hospitals) &&
  (value as ClinicHospitalsResponse).hospitals.every(
    (h) => typeof h.id === "string" && typeof h.name === "string" && typeof h.creditPilot === "boolean",
  );

/** Hangzhou's hospitals in the reader's language (public; one SWR key per language). */
export function useHospitals(initial?: ServerAnswer<ClinicHospitalsResponse>) {
  const locale = useLocale();
  return useCityData<ClinicHospitalsResponse>(hospitalsUrl(locale), {
    validate: isHospitalsResponse,
    initial,
  });
}

/**
 * The hospitals on a map and in a list, credit pilots first and marked: where the health card pays on credit, and
 * where not yet. Choosing one, on the map or in the list, shows it on the map with directions.
 */
export function Hospitals({
  tiles,
  elder,
  initial,
}: {
  tiles: MapTiles;
  elder: boolean;
  initial?: ServerAnswer<ClinicHospitalsResponse>;
}) {
  const t = useTranslations("clinicUi.hospitals");
  const answer = useHospitals(initial);
  const hospitals = useMemo(() => numberedHospitals(answer.data?.hospitals ?? []), [answer.data]);
  const index = useMemo(() => hospitalIndex(hospitals, elder), [hospitals, elder]);
  const whole = useMemo(
    () => fitView(hospitals, { ...MAP_BOX, crs: tiles.crs, maxZoom: 16, minZoom: HOSPITAL_MAP_ZOOMS.min }),
    [hospitals, tiles.crs],
  );
  const [moved, setMoved] = useState<MapView | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const view = moved ?? whole;
  const selected = hospitals.find((h) => h.id === selectedId) ?? null;
  const mapBox = useRef<HTMLDivElement>(null);
  const choose = (hospital: NumberedHospital, fromList = false) => {
    setSelectedId(hospital.id);
    // Chosen in the list below the map, it is shown on the map: the map comes into view, its directions under it.
    if (fromList) mapBox.current?.scrollIntoView({ block: "start" });
    const zoom = Math.max(view?.zoom ?? 0, zoomShowing(index, hospital.id, 0));
    setMoved({ center: hospital, zoom: Math.min(zoom, HOSPITAL_MAP_ZOOMS.max) });
  };
  return (
    <section aria-labelledby="clinic-hospitals-heading" className="mt-6 flex flex-col gap-3">
      <h2 id="clinic-hospitals-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p>{t("explain")}</p>
      {answer.error && !answer.data ? <p role="alert">{t("loadFailed")}</p> : null}
      {view && (
        <div ref={mapBox} className="flex scroll-mt-4 flex-col gap-3">
          <HospitalMap
            index={index}
            view={view}
            tiles={tiles}
            elder={elder}
            selectedId={selectedId}
            onView={setMoved}
            onSelect={choose}
          />
          <div className="flex flex-wrap items-start justify-between gap-2">
            <HospitalMapLegend />
            {moved && (
              <button
                type="button"
                className="touch-target rounded-xl border border-[var(--border)] px-4 py-2 font-semibold"
                onClick={() => setMoved(null)}
              >
                {t("showAll")}
              </button>
            )}
          </div>
        </div>
      )}
      {selected && <HospitalDetails hospital={selected} />}
      {hospitals.length > 0 && (
        <ol
          className="flex flex-col divide-y divide-[var(--border)] rounded-2xl border border-[var(--border)] bg-[var(--card)]"
          data-testid="hospital-list"
        >
          {hospitals.map((hospital) => (
            <li
              key={hospital.id}
              data-testid="hospital"
              data-hospital-id={hospital.id}
              data-pilot={hospital.creditPilot ? "true" : "false"}
              className={`flex flex-wrap items-center justify-between gap-2 p-3 ${
                hospital.id === selectedId ? "border-l-4 border-l-[var(--accent)]" : ""
              }`}
            >
              <button
                type="button"
                className="touch-target flex items-center gap-2 text-left font-semibold underline-offset-4 hover:underline"
                aria-pressed={hospital.id === selectedId}
                onClick={() => choose(hospital, true)}
              >
                <span
                  aria-hidden="true"
                  className={`inline-flex h-7 min-w-7 shrink-0 items-center justify-center border-2 border-white text-sm shadow ${hospitalLook(
                    hospital.creditPilot,
                  )}`}
                >
                  {hospital.number}
                </span>
                <span data-testid="hospital-name">{hospital.name}</span>
              </button>
              <span
                className={`inline-flex rounded-full border px-2 py-0.5 text-sm font-semibold ${
                  hospital.creditPilot
                    ? "border-green-800 text-green-900 dark:border-green-300 dark:text-green-200"
                    : "border-slate-700 text-slate-800 dark:border-slate-300 dark:text-slate-200"
                }`}
              >
                {t(hospital.creditPilot ? "pilot" : "notPilot")}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
