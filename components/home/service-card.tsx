import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/ui/icons";
import { IntentLink } from "@/components/ui/intent-link";
import { SERVICE_STATUS, type ServiceKey } from "@/lib/services";

/** One service on Home; until the service opens it says so, and a partly open one says what works. */
export async function ServiceCard({ service, simple }: { service: ServiceKey; simple: boolean }) {
  const t = await getTranslations();
  return (
    <li>
      <IntentLink
        href={`/${service}`}
        data-testid={`service-card-${service}`}
        className="touch-target flex h-full items-start gap-3 rounded-2xl border border-[var(--border)] bg-[var(--card)] p-4 shadow-sm hover:border-[var(--accent)]"
      >
        <span className="rounded-xl bg-[var(--surface)] p-2 text-[var(--accent)]">
          <Icon name={service} className="h-7 w-7" />
        </span>
        <span className="flex flex-col gap-1">
          <span className="text-lg font-semibold">{t(`services.${service}.title`)}</span>
          {!simple && <span className="text-sm text-[var(--muted)]">{t(`services.${service}.summary`)}</span>}
          {SERVICE_STATUS[service] === "soon" ? (
            <span className="text-sm font-medium text-amber-800 dark:text-amber-200">
              {t("common.comingSoon")}
            </span>
          ) : (
            <span className="text-sm font-medium text-[var(--accent)]">
              {t(`services.${service}.status`)}
            </span>
          )}
        </span>
      </IntentLink>
    </li>
  );
}
