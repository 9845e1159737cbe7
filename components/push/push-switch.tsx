"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import { usePushSubscription } from "./use-push-subscription";

const ALERT = "text-sm text-red-700 dark:text-red-300";

/** The on/off switch for push on this device, with a clear sentence for every state it can be in. */
export function PushSwitch() {
  const t = useTranslations("push");
  const { state, busy, enable, disable } = usePushSubscription();
  const on = state === "on" || state === "unsubscribeFailed";
  const blocked = state === "checking" || state === "unsupported" || state === "denied";
  return (
    <div className="flex flex-col gap-2">
      <Switch
        label={t("switchLabel")}
        hint={t("switchHint")}
        checked={on}
        disabled={busy || blocked}
        testId="push-switch"
        onChange={(next) => void (next ? enable() : disable())}
      />
      <div aria-live="polite" className="flex flex-col gap-2">
        {busy && <p className="text-sm text-[var(--muted)]">{t("working")}</p>}
        {!busy && state === "on" && <p className="text-sm text-[var(--muted)]">{t("enabled")}</p>}
        {state === "unsupported" && (
          <p className="text-sm" data-testid="push-unsupported">
            {t("unsupported")}
          </p>
        )}
        {state === "denied" && (
          <p role="alert" className={ALERT} data-testid="push-denied">
            {t("denied")}
          </p>
        )}
        {(state === "subscribeFailed" || state === "unsubscribeFailed") && !busy && (
          <div role="alert" className="flex flex-col items-start gap-2" data-testid="push-failed">
            <p className={ALERT}>{t(state)}</p>
            <Button
              variant="secondary"
              onClick={() => void (state === "subscribeFailed" ? enable() : disable())}
            >
              {t("retry")}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
