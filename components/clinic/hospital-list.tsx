"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCityData } from "@/components/data/use-city-data";
import type { ClinicHospitalsResponse } from "./types";

const isHospitalsResponse = (value: unknown): value is ClinicHospitalsResponse =>
  typeof value === "object" &&
  value !== null &&
  Array.isArray((value as ClinicHospitalsResponse).hospitals) &&
  (value as ClinicHospitalsResponse).hospitals.every(
    (h) => typeof h.id === "string" && typeof h.name === "string" && typeof h.creditPilot === "boolean",
  );

/** Hangzhou's hospitals in the reader's language (public; one SWR key per language). */
export function useHospitals() {
  const locale = useLocale();
  return useCityData<ClinicHospitalsResponse>(`/api/clinic/hospitals?lang=${locale}`, {
    validate: isHospitalsResponse,
  });
}

/** The hospitals, credit pilots first and marked: where the health card pays on credit, and where not yet. */
export function HospitalList() {
  const t = useTranslations("clinicUi.hospitals");
  const hospitals = useHospitals();
  const list = hospitals.data?.hospitals ?? [];
  const sorted = [...list.filter((h) => h.creditPilot), ...list.filter((h) => !h.creditPilot)];
  return (
    <section aria-labelledby="clinic-hospitals-heading" className="mt-6 flex flex-col gap-3">
      <h2 id="clinic-hospitals-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p>{t("explain")}</p>
      {hospitals.error && !hospitals.data ? <p role="alert">{t("loadFailed")}</p> : null}
      {sorted.length > 0 && (
        <ul
          className="flex flex-col divide-y divide-[var(--border)] rounded-2xl border border-[var(--border)] bg-[var(--card)]"
          data-testid="hospital-list"
        >
          {sorted.map((hospital) => (
            <li
              key={hospital.id}
              data-testid="hospital"
              data-hospital-id={hospital.id}
              data-pilot={hospital.creditPilot ? "true" : "false"}
              className="flex flex-wrap items-center justify-between gap-2 p-3"
            >
              <span className="font-semibold">{hospital.name}</span>
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
        </ul>
      )}
    </section>
  );
}
