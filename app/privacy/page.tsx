import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import { PRIVACY_POLICY_VERSION, PRIVACY_SECTIONS } from "@/lib/legal/privacy-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/** The privacy policy in the reader's language, with the version a sign-in accepts. */
export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  return (
    <>
      <PageHeader title={t("title")} />
      <Card className="flex flex-col gap-4">
        <p data-testid="privacy-version" className="text-sm text-[var(--muted)]">
          {t("version", { version: PRIVACY_POLICY_VERSION })}
        </p>
        <p>{t("intro")}</p>
        {PRIVACY_SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`privacy-${section}`} className="flex flex-col gap-1">
            <h2 id={`privacy-${section}`} className="text-lg font-semibold">
              {t(`sections.${section}.heading`)}
            </h2>
            <p>{t(`sections.${section}.body`)}</p>
          </section>
        ))}
        <p>{t("changes")}</p>
        <IntentLink href="/login" className="touch-target inline-flex items-center font-semibold underline">
          {t("back")}
        </IntentLink>
      </Card>
    </>
  );
}
