"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { installMode } from "@/lib/pwa/install-mode";
import {
  getInstallPromptState,
  getServerInstallPromptState,
  promptInstall,
  subscribeInstallPrompt,
} from "@/lib/pwa/install-prompt";

const subscribeNothing = () => () => {};

function isStandalone(): boolean {
  return (
    window.matchMedia("(display-mode: standalone)").matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** The Me page's install card: the browser's install prompt, iOS steps, or "already installed". */
export function InstallSection() {
  const t = useTranslations("pwa.install");
  const prompt = useSyncExternalStore(
    subscribeInstallPrompt,
    getInstallPromptState,
    getServerInstallPromptState,
  );
  const known = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [outcome, setOutcome] = useState<"accepted" | "dismissed" | null>(null);
  const mode = installMode({
    known,
    standalone: known && isStandalone(),
    installedEvent: prompt.installed,
    canPrompt: prompt.event !== null,
    userAgent: known ? navigator.userAgent : "",
    maxTouchPoints: known ? navigator.maxTouchPoints : 0,
  });

  return (
    <Card>
      <div data-testid="install-section" data-mode={mode}>
        <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
        {mode === "installed" ? <p>{t("installed")}</p> : <p className="text-[var(--muted)]">{t("intro")}</p>}
        {mode === "prompt" && (
          <Button
            className="mt-3"
            onClick={async () => {
              const result = await promptInstall();
              if (result !== "unavailable") setOutcome(result);
            }}
          >
            {t("button")}
          </Button>
        )}
        {mode === "ios" && (
          <div className="mt-3">
            <p>{t("iosIntro")}</p>
            <ol className="mt-1 list-decimal pl-6">
              <li>{t("iosShare")}</li>
              <li>{t("iosAdd")}</li>
            </ol>
          </div>
        )}
        {mode === "unsupported" && outcome === null && <p className="mt-3">{t("unsupported")}</p>}
        <p role="status" className="font-semibold [&:not(:empty)]:mt-2">
          {outcome && t(outcome)}
        </p>
      </div>
    </Card>
  );
}
