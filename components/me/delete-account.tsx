"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/lib/client/api";
import { clearOfflineData } from "@/lib/client/clear-offline-data";

/** Stops this browser's push subscription; the server already dropped its copy with the account. */
async function unsubscribeThisBrowser(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    await (await registration?.pushManager?.getSubscription())?.unsubscribe();
  } catch {
    // Nothing is sent to an endpoint the server no longer knows.
  }
}

/**
 * "Delete my account", behind a modal confirmation (native <dialog>: focus moves in on Cancel and stays
 * there, Esc cancels). A refusal shows the server's reason — what money is still open — in the person's
 * language.
 */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const t = useTranslations("me.deleteAccount");
  const errorText = useApiErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const open = () => {
    setError(undefined);
    dialog.current?.showModal();
    // The safe choice has focus, so a stray Enter does not delete the account.
    cancel.current?.focus();
  };
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await sendJson("DELETE", "/api/me");
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("failed")));
      return;
    }
    await unsubscribeThisBrowser();
    await clearOfflineData();
    dialog.current?.close();
    setBusy(false);
    onDeleted();
  };

  return (
    <div className="flex flex-col gap-2 border-t border-[var(--border)] pt-3">
      <p className="text-[var(--muted)]">{t("hint")}</p>
      <Button variant="danger" className="self-start" onClick={open}>
        {t("open")}
      </Button>
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-2xl border border-[var(--border)] bg-[var(--card)] p-5 text-[var(--text)] backdrop:bg-black/50"
      >
        <div className="flex flex-col gap-3">
          <h2 id={titleId} className="text-lg font-bold">
            {t("title")}
          </h2>
          <p id={bodyId}>{t("body")}</p>
          <ErrorAlert message={error} testId="delete-account-error" />
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={busy} onClick={confirm}>
              {t("confirm")}
            </Button>
            <Button ref={cancel} variant="secondary" disabled={busy} onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
