"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Switch } from "@/components/ui/switch";
import { sendJson } from "@/lib/client/api";
import type { AlertPlaceView } from "./alert-places-api";
import { PlaceForm } from "./place-form";

/** One saved place: what it is, when it alerts, its on/off switch, editing and deletion (after a confirmation). */
export function PlaceItem({
  place,
  highlighted,
  onChanged,
}: {
  place: AlertPlaceView;
  highlighted: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const t = useTranslations("airAlerts");
  const errorText = useApiErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const url = `/api/air/alerts/places/${encodeURIComponent(place.id)}`;

  const toggle = async (alertsOn: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      await sendJson("PATCH", url, { alertsOn });
      await onChanged();
    } catch (failure) {
      setError(errorText(failure, t("item.failed")));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setDeleteError(undefined);
    try {
      await sendJson("DELETE", url);
    } catch (failure) {
      setBusy(false);
      setDeleteError(errorText(failure, t("item.failed")));
      return;
    }
    setBusy(false);
    setConfirming(false);
    await onChanged();
  };
  const closeDialog = useCallback(() => {
    setConfirming(false);
    setDeleteError(undefined);
  }, []);

  return (
    <li
      data-testid="alert-place"
      data-place={place.id}
      aria-current={highlighted ? "true" : undefined}
      className={`flex flex-col gap-2 border-t border-[var(--border)] pt-3 first:border-t-0 first:pt-0 ${
        highlighted ? "rounded-xl outline outline-2 outline-offset-4 outline-[var(--accent)]" : ""
      }`}
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <strong className="text-xl break-all">{place.name}</strong>
        <span className="text-sm text-[var(--muted)]">{t(`kinds.${place.kind}`)}</span>
        {highlighted && <span className="text-sm font-semibold">{t("item.highlighted")}</span>}
      </div>
      <p>{t("item.level", { level: t(`levels.${place.level as 2 | 3 | 4 | 5 | 6}`) })}</p>
      <p className="text-sm text-[var(--muted)]">
        {place.quietHours ? t("item.quiet", place.quietHours) : t("item.quietOff")}
      </p>
      <Switch
        label={t("item.switch", { name: place.name })}
        hint={t("item.switchHint")}
        checked={place.alertsOn}
        disabled={busy}
        testId="alert-place-switch"
        onChange={(next) => void toggle(next)}
      />
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          aria-label={t("item.editLabel", { name: place.name })}
          aria-expanded={editing}
          onClick={() => setEditing((open) => !open)}
        >
          {t("item.edit")}
        </Button>
        <Button
          variant="danger"
          aria-label={t("item.deleteLabel", { name: place.name })}
          onClick={() => setConfirming(true)}
        >
          {t("item.delete")}
        </Button>
      </div>
      {editing && (
        <PlaceForm
          place={place}
          onSaved={async () => {
            setEditing(false);
            await onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={t("item.deleteLabel", { name: place.name })}
        confirmLabel={t("item.delete")}
        cancelLabel={t("form.cancel")}
        busy={busy}
        error={deleteError}
        onConfirm={() => void remove()}
        onCancel={closeDialog}
        testId="alert-place-delete-dialog"
      >
        <p>{t("item.confirmDelete", { name: place.name })}</p>
      </ConfirmDialog>
    </li>
  );
}
