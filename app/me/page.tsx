import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AccountSection } from "@/components/auth/account-section";
import { ElderModeSwitch } from "@/components/me/elder-mode-switch";
import { LanguageSwitch } from "@/components/me/language-switch";
import { PushSection } from "@/components/push/push-section";
import { InstallSection } from "@/components/pwa/install-section";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MeParkingLinks } from "@/components/vehicles/me-parking-links";
import { ELDER_COOKIE } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("me");
  return { title: t("title") };
}

export default async function MePage() {
  const [t, cookieStore] = await Promise.all([getTranslations("me"), cookies()]);
  const elder = cookieStore.get(ELDER_COOKIE)?.value === "1";
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="flex flex-col gap-4">
        <AccountSection />
        <MeParkingLinks />
        <Card>
          <h2 className="mb-3 text-lg font-bold">{t("preferences")}</h2>
          <div className="flex flex-col gap-4">
            <LanguageSwitch />
            <ElderModeSwitch initial={elder} />
          </div>
        </Card>
        <PushSection />
        <InstallSection />
      </div>
    </>
  );
}
