"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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

  const closeDialog = useCallback(() => {
    setConfirming(false);
    setError(undefined);
  }, []);

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
        <ErrorAlert message={confirming ? undefined : error} testId="agreement-error" />
        {status === "none" && (
          <Button className="self-start" disabled={busy} onClick={() => change(true)}>
            {t("sign")}
          </Button>
        )}
        {status === "active" && (
          <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
            {t("revoke")}
          </Button>
        )}
        <ConfirmDialog
          open={confirming}
          title={t("revokeTitle")}
          confirmLabel={t("confirmRevoke")}
          cancelLabel={t("cancel")}
          busy={busy}
          error={confirming ? error : undefined}
          onConfirm={() => void change(false)}
          onCancel={closeDialog}
          testId="agreement-revoke-dialog"
        >
          <p>{t("revokeExplain")}</p>
        </ConfirmDialog>
      </div>
    </Card>
  );
}
