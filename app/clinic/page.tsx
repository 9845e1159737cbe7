import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClinicView } from "@/components/clinic/clinic-view";
import { Hospitals } from "@/components/clinic/hospital-list";
import { PageHeader } from "@/components/ui/page-header";
import { CLINIC_CONSENT_VERSION } from "@/lib/clinic/enrol";
import { env } from "@/lib/env";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import { mapTilesFor } from "@/lib/maps/tile-provider";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("services.clinic");
  return { title: t("title") };
}

export default async function ClinicPage() {
  const [t, cookieStore, locale] = await Promise.all([getTranslations(), cookies(), getLocale()]);
  return (
    <>
      <PageHeader title={t("services.clinic.title")} />
      <div className="mb-4 flex flex-col gap-2" data-testid="clinic-intro">
        <p>{t("clinicUi.intro.what")}</p>
        <ul className="list-disc pl-5">
          <li>{t("clinicUi.intro.enrol")}</li>
          <li>{t("clinicUi.intro.card")}</li>
          <li>{t("clinicUi.intro.settle")}</li>
        </ul>
      </div>
      <ClinicView consentVersion={CLINIC_CONSENT_VERSION} />
      <Hospitals
        tiles={mapTilesFor(env(), locale as Locale)}
        elder={cookieStore.get(ELDER_COOKIE)?.value === "1"}
      />
    </>
  );
}
