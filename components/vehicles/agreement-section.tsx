"use client";

import { useTranslations } from "next-intl";
import { useCallback, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { sendJson } from "@/lib/client/api";
import { DEFAULT_PER_BILL_LIMIT_FEN } from "@/lib/payments/agreement-limit";
import { AgreementLimitSelect } from "./agreement-limit-select";
import type { AgreementResponse } from "./types";

/**
 * The password-free payment agreement: before signing, its terms (who collects, from which account, when, the
 * per-bill limit and how to cancel); after, the limit and when it was signed, a way to change the limit, and
 * revoking it after a confirmation.
 */
export function AgreementSection({
  agreement,
  onChanged,
}: {
  agreement?: AgreementResponse;
  onChanged: () => Promise<unknown>;
}) {
  const t = useTranslations("vehicles.agreement");
  const errorText = useApiErrorText();
  const display = useDisplayFormat();
  const limitId = useId();
  const status = agreement?.status;
  const provider = agreement?.provider ?? "";
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [limit, setLimit] = useState<number>();
  const chosen = limit ?? agreement?.perBillLimitFen ?? DEFAULT_PER_BILL_LIMIT_FEN;

  const closeDialog = useCallback(() => {
    setConfirming(false);
    setError(undefined);
  }, []);

  const act = async (call: () => Promise<unknown>, savedText?: string) => {
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      await call();
    } catch (failure) {
      setBusy(false);
      setError(errorText(failure, t("failed")));
      return;
    }
    setBusy(false);
    setConfirming(false);
    setLimit(undefined);
    setSaved(savedText);
    await onChanged();
  };

  return (
    <Card>
      <div className="flex flex-col gap-3" data-testid="agreement" data-status={status ?? "unknown"}>
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        {status && <p className="font-semibold">{t(status)}</p>}
        <p>{t("explain")}</p>
        {status === "active" && (
          <p data-testid="agreement-limit">
            {t("limitNow", {
              limit: display.money(agreement?.perBillLimitFen ?? DEFAULT_PER_BILL_LIMIT_FEN),
            })}
            {agreement?.signedAt && <> · {t("signedSince", { date: display.date(agreement.signedAt) })}</>}
          </p>
        )}
        {status === "none" && (
          <section
            aria-labelledby={`${limitId}-terms`}
            className="flex flex-col gap-1"
            data-testid="agreement-terms"
          >
            <h3 id={`${limitId}-terms`} className="font-semibold">
              {t("termsHeading")}
            </h3>
            <ul className="list-disc pl-5">
              <li>{t("termsProvider", { provider })}</li>
              <li>{t("termsAccount", { provider })}</li>
              <li>{t("termsWhen")}</li>
              <li>{t("termsCancel")}</li>
            </ul>
          </section>
        )}
        {status && <AgreementLimitSelect id={limitId} value={chosen} onChange={setLimit} disabled={busy} />}
        <ErrorAlert message={confirming ? undefined : error} testId="agreement-error" />
        <p role="status" data-testid="agreement-saved">
          {saved ?? ""}
        </p>
        <div className="flex flex-wrap gap-2">
          {status === "none" && (
            <Button
              disabled={busy}
              onClick={() =>
                act(() => sendJson("POST", "/api/me/payment-agreement", { perBillLimitFen: chosen }))
              }
            >
              {t("sign")}
            </Button>
          )}
          {status === "active" && (
            <>
              <Button
                variant="secondary"
                disabled={busy || chosen === agreement?.perBillLimitFen}
                onClick={() =>
                  act(
                    () => sendJson("PATCH", "/api/me/payment-agreement", { perBillLimitFen: chosen }),
                    t("limitSaved", { limit: display.money(chosen) }),
                  )
                }
              >
                {t("changeLimit")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(true)}>
                {t("revoke")}
              </Button>
            </>
          )}
        </div>
        <ConfirmDialog
          open={confirming}
          title={t("revokeTitle")}
          confirmLabel={t("confirmRevoke")}
          cancelLabel={t("cancel")}
          busy={busy}
          error={confirming ? error : undefined}
          onConfirm={() => void act(() => sendJson("DELETE", "/api/me/payment-agreement"))}
          onCancel={closeDialog}
          testId="agreement-revoke-dialog"
        >
          <p>{t("revokeExplain")}</p>
        </ConfirmDialog>
      </div>
    </Card>
  );
}
