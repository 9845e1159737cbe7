import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <Card>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-[var(--muted)]">{t("notFoundBody")}</p>
      <IntentLink
        href="/"
        className="touch-target mt-4 inline-flex items-center font-semibold text-[var(--accent)] underline"
      >
        {t("backHome")}
      </IntentLink>
    </Card>
  );
}
