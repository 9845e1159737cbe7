import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { VehiclesView } from "@/components/vehicles/vehicles-view";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { sandboxVisitLots } from "@/lib/parking/sandbox-visit";
import { sandboxLicenceHintAvailable } from "@/lib/parking/vehicle-licence";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vehicles");
  return { title: t("title") };
}

export default async function VehiclesPage() {
  const [t, bills, locale] = await Promise.all([
    getTranslations("vehicles"),
    getTranslations("billsUi"),
    getLocale(),
  ]);
  const sandbox = env().APP_ENV === "sandbox";
  return (
    <>
      <PageHeader title={t("title")}>
        <IntentLink
          href="/me/bills"
          className="touch-target inline-flex items-center font-semibold underline"
        >
          {bills("meLink")}
        </IntentLink>
      </PageHeader>
      <VehiclesView
        sandboxLots={sandbox ? sandboxVisitLots(locale as Locale) : undefined}
        licenceHint={sandboxLicenceHintAvailable()}
      />
    </>
  );
}
