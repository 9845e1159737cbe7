"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { IntentLink } from "@/components/ui/intent-link";
import { sendJson } from "@/lib/client/api";
import type { PlateView } from "./types";

const PAY_LATER_TONE = {
  active: "border-green-800 text-green-900 dark:border-green-300 dark:text-green-200",
  suspended: "border-red-700 text-red-800 dark:border-red-300 dark:text-red-200",
  none: "border-[var(--border)] text-[var(--muted)]",
};

/** One bound plate: class, pay-later status (with what to do about it) and removal after a confirmation. */
export function PlateItem({
  plate,
  overdueBillId,
  onChanged,
}: {
  plate: PlateView;
  overdueBillId?: string;
  onChanged: () => Promise<unknown>;
}) {
  const t = useTranslations("vehicles.plates");
  const errorText = useApiErrorText();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const closeDialog = useCallback(() => {
    setConfirming(false);
    setError(undefined);
  }, []);

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await sendJson("DELETE", `/api/me/plates/${encodeURIComponent(plate.plate)}`);
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("removeFailed")));
      return;
    }
    setBusy(false);
    setConfirming(false);
    await onChanged();
  };

  return (
    <li
      data-testid="plate-item"
      data-plate={plate.plate}
      className="flex flex-col gap-2 border-t border-[var(--border)] pt-3 first:border-t-0 first:pt-0"
    >
      <div className="flex flex-wrap items-center gap-2">
        <strong className="font-mono text-xl">{plate.plate}</strong>
        <span className="text-[var(--muted)]">{t("class", { vehicleClass: plate.vehicleClass })}</span>
        <span
          data-testid="pay-later-status"
          data-status={plate.payLater}
          className={`rounded-full border px-2 py-0.5 text-sm font-semibold ${PAY_LATER_TONE[plate.payLater]}`}
        >
          {t(`payLater.${plate.payLater}`)}
        </span>
      </div>
      {plate.payLater === "suspended" && (
        <p className="text-red-800 dark:text-red-200">
          {t("suspendedReason")}{" "}
          <IntentLink
            href={overdueBillId ? `/me/bills/${overdueBillId}` : "/me/bills"}
            className="touch-target inline-flex items-center font-semibold underline"
          >
            {t("payOverdue")}
          </IntentLink>
        </p>
      )}
      {plate.payLater === "none" && <p className="text-sm text-[var(--muted)]">{t("noneReason")}</p>}
      <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
        {t("remove", { plate: plate.plate })}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t("confirmRemoveTitle")}
        confirmLabel={t("confirmRemoveButton")}
        cancelLabel={t("cancel")}
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
        onCancel={closeDialog}
        testId="plate-remove-dialog"
      >
        <p>{t("confirmRemove", { plate: plate.plate })}</p>
      </ConfirmDialog>
    </li>
  );
}
