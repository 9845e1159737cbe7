"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <Card>
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-2 text-[var(--muted)]">{t("errorBody")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button onClick={reset}>{t("retry")}</Button>
        <IntentLink
          href="/"
          className="touch-target inline-flex items-center font-semibold text-[var(--accent)] underline"
        >
          {t("backHome")}
        </IntentLink>
      </div>
    </Card>
  );
}
