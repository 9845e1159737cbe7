import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HealthCard } from "@/components/clinic/health-card";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { mayBeSignedIn } from "@/lib/auth/may-be-signed-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clinicUi.card");
  return { title: t("title") };
}

export default async function HealthCardPage() {
  const [t, signedIn] = await Promise.all([getTranslations("clinicUi.card"), mayBeSignedIn()]);
  return (
    <>
      <PageHeader title={t("title")}>
        <IntentLink href="/clinic" className="touch-target inline-flex items-center font-semibold underline">
          {t("toClinic")}
        </IntentLink>
      </PageHeader>
      <HealthCard signedIn={signedIn} />
    </>
  );
}
