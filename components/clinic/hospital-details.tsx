"use client";

import { useTranslations } from "next-intl";
import { NavigationButtons } from "@/components/maps/navigation-buttons";
import { navigationLinks } from "@/components/maps/navigation-links";
import { Card } from "@/components/ui/card";
import type { NumberedHospital } from "./hospital-groups";

/** The chosen hospital: whether the health card pays there, and directions in the reader's map app. */
export function HospitalDetails({ hospital }: { hospital: NumberedHospital }) {
  const t = useTranslations("clinicUi.hospitals");
  return (
    <Card>
      <div data-testid="hospital-details" aria-live="polite">
        <h3 className="text-lg font-bold">
          {hospital.number}. {hospital.name}
        </h3>
        <p className="mt-1">{t(hospital.creditPilot ? "pilotDetail" : "notPilotDetail")}</p>
        <p className="mt-3 mb-2 font-semibold">{t("directions")}</p>
        <NavigationButtons
          links={navigationLinks({ lat: hospital.lat, lng: hospital.lng }, hospital.name)}
          label={(app) => t(`apps.${app}`)}
        />
        {hospital.locationEstimated && <p className="mt-2 text-sm text-[var(--muted)]">{t("approximate")}</p>}
      </div>
    </Card>
  );
}
