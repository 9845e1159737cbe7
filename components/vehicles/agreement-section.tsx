"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { sendJson } from "@/lib/client/api";
import type { AgreementResponse } from "./types";

/** The password-free payment agreement: what it means in plain words, signing and revoking it. */
export function AgreementSection({
  status,
  onChanged,
}: {
  status?: AgreementResponse["status"];
  onChanged: () => Promise<unknown>;
}) {
  const t = useTranslations("vehicles.agreement");
  const errorText = useApiErrorText();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const change = async (sign: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      await (sign
        ? sendJson("POST", "/api/me/payment-agreement", {})
        : sendJson("DELETE", "/api/me/payment-agreement"));
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("failed")));
      return;
    }
    setBusy(false);
    setConfirming(false);
    await onChanged();
  };

  return (
    <Card>
      <div className="flex flex-col gap-3" data-testid="agreement" data-status={status ?? "unknown"}>
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        {status && <p className="font-semibold">{t(status)}</p>}
        <p>{t("explain")}</p>
        <ErrorAlert message={error} testId="agreement-error" />
        {status === "none" && (
          <Button className="self-start" disabled={busy} onClick={() => change(true)}>
            {t("sign")}
          </Button>
        )}
        {status === "active" &&
          (confirming ? (
            <div className="flex flex-col gap-2 rounded-xl border border-[var(--border)] p-3">
              <p>{t("revokeExplain")}</p>
              <div className="flex flex-wrap gap-2">
                <Button variant="danger" disabled={busy} onClick={() => change(false)}>
                  {t("confirmRevoke")}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t("cancel")}
                </Button>
              </div>
            </div>
          ) : (
            <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
              {t("revoke")}
            </Button>
          ))}
      </div>
    </Card>
  );
}
