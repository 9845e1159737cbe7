"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import { useSavePreferences } from "./use-save-preferences";

export function ElderModeSwitch({ initial }: { initial: boolean }) {
  const t = useTranslations("me");
  const [on, setOn] = useState(initial);
  const { save, pending, failed } = useSavePreferences();
  return (
    <div>
      <Switch
        label={t("elderMode")}
        hint={t("elderModeHint")}
        checked={on}
        disabled={pending}
        testId="elder-mode-switch"
        onChange={(next) => {
          setOn(next);
          document.documentElement.dataset.elder = String(next);
          void save({ elder: next });
        }}
      />
      {failed && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("saveFailed")}
        </p>
      )}
    </div>
  );
}
