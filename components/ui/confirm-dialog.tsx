"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { Button } from "./button";

/**
 * A modal confirmation on the native <dialog>: the rest of the page is inert while it is open (focus stays
 * inside), focus starts on the safe choice so a stray Enter changes nothing, Esc cancels, and focus returns
 * to whatever opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy = false,
  error,
  onConfirm,
  onCancel,
  testId,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** A refusal or failure to show inside the dialog (already worded for the person). */
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  // Closing by any route (Esc included) ends in onCancel unless the caller closed it; focus goes back.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onClose = () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
      opener.current = null;
    };
    const onEscape = (event: Event) => {
      event.preventDefault();
      if (!busy) onCancel();
    };
    element.addEventListener("close", onClose);
    element.addEventListener("cancel", onEscape);
    return () => {
      element.removeEventListener("close", onClose);
      element.removeEventListener("cancel", onEscape);
    };
  }, [busy, onCancel]);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-2xl border border-[var(--border)] bg-[var(--card)] p-5 text-[var(--text)] backdrop:bg-black/50"
    >
      <div className="flex flex-col gap-3">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        <div id={bodyId}>{children}</div>
        <ErrorAlert message={error} testId={testId ? `${testId}-error` : "confirm-error"} />
        <div className="flex flex-wrap gap-2">
          <Button variant="danger" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button ref={cancel} variant="secondary" disabled={busy} onClick={onCancel}>
            {cancelLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
