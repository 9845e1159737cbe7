import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertsView } from "@/components/air/alerts/alerts-view";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { mayBeSignedIn } from "@/lib/auth/may-be-signed-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("airAlerts");
  return { title: t("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const placeParam = (value: string | string[] | undefined) =>
  typeof value === "string" && UUID.test(value) ? value : undefined;

export default async function AirAlertsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [t, signedIn, params] = await Promise.all([
    getTranslations("airAlerts"),
    mayBeSignedIn(),
    searchParams,
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <IntentLink href="/air" className="touch-target inline-flex items-center font-semibold underline">
          {t("backToAir")}
        </IntentLink>
      </PageHeader>
      <p className="mb-4">{t("intro")}</p>
      <AlertsView signedIn={signedIn} highlight={placeParam(params.place)} stop={placeParam(params.stop)} />
    </>
  );
}
