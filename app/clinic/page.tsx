import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClinicView } from "@/components/clinic/clinic-view";
import { Hospitals } from "@/components/clinic/hospital-list";
import { hospitalsUrl } from "@/components/clinic/hospitals-url";
import type { ClinicHospitalsResponse } from "@/components/clinic/types";
import { PageHeader } from "@/components/ui/page-header";
import { mayBeSignedIn } from "@/lib/auth/may-be-signed-in";
import { cityBrain } from "@/lib/citybrain/source";
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { CLINIC_CONSENT_VERSION } from "@/lib/clinic/enrol";
import { clinicHospitalsRead } from "@/lib/clinic/hospital-list";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { serverAnswer } from "@/lib/http/server-answer";
import { ELDER_COOKIE, type Locale } from "@/lib/i18n/config";
import { mapTilesFor } from "@/lib/maps/tile-provider";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("services.clinic");
  return { title: t("title") };
}

/** The hospitals as GET /api/clinic/hospitals answers them, in the page itself: the map shows with the page. */
async function hospitalsInPage(locale: Locale) {
  return serverAnswer<ClinicHospitalsResponse>(hospitalsUrl(locale), async () =>
    clinicHospitalsRead(await getDb(), cityBrain(), clinicConfig().pilots, locale),
  );
}

export default async function ClinicPage() {
  const [t, cookieStore, locale, signedIn] = await Promise.all([
    getTranslations(),
    cookies(),
    getLocale(),
    mayBeSignedIn(),
  ]);
  const initialHospitals = await hospitalsInPage(locale as Locale);
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
      <ClinicView
        consentVersion={CLINIC_CONSENT_VERSION}
        signedIn={signedIn}
        initialHospitals={initialHospitals}
        sandbox={env().APP_ENV === "sandbox"}
      />
      <Hospitals
        tiles={mapTilesFor(env(), locale as Locale)}
        elder={cookieStore.get(ELDER_COOKIE)?.value === "1"}
        initial={initialHospitals}
      />
    </>
  );
}
