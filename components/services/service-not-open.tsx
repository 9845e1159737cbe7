import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/ui/page-header";
import type { ServiceKey } from "@/lib/services";

/** The honest page of a service that is not open yet: what it will do, and no numbers. */
export async function ServiceNotOpen({ service }: { service: ServiceKey }) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(`services.${service}.title`)} />
      <Card>
        <p className="font-semibold" data-testid="service-not-open">
          {t("home.notYetAvailable")}
        </p>
        <p className="mt-2 text-[var(--muted)]">{t(`services.${service}.planned`)}</p>
        <IntentLink
          href="/"
          className="touch-target mt-4 inline-flex items-center font-semibold text-[var(--accent)] underline"
        >
          {t("common.backHome")}
        </IntentLink>
      </Card>
    </>
  );
}
