"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { AsOf } from "@/components/data/as-of";
import { useMe } from "@/components/data/use-personal-data";
import { DeleteAccount } from "@/components/me/delete-account";
import { forgetThisBrowserPush } from "@/components/push/push-api";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { sendJson } from "@/lib/client/api";
import { clearOfflineData } from "@/lib/client/clear-offline-data";
import { ErrorAlert } from "./error-alert";
import { isUnauthorized } from "./unauthorized";

/** "Me" → account: who is signed in on this device, and signing out (here or everywhere). */
export function AccountSection() {
  const t = useTranslations("auth.account");
  const deletion = useTranslations("me.deleteAccount");
  const common = useTranslations("common");
  const router = useRouter();
  const me = useMe();
  const [signedOutHere, setSignedOutHere] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const deletedNotice = useRef<HTMLParagraphElement>(null);
  // The button that was focused is gone with the account: put focus on what happened instead.
  useEffect(() => {
    if (deleted) deletedNotice.current?.focus();
  }, [deleted]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const signOut = async (everywhere: boolean) => {
    setBusy(true);
    setFailed(false);
    // While still signed in: a shared phone must not keep receiving the previous person's notifications.
    await forgetThisBrowserPush();
    try {
      await sendJson("POST", "/api/auth/logout", everywhere ? { everywhere: true } : undefined);
    } catch {
      setBusy(false);
      setFailed(true);
      return;
    }
    await clearOfflineData();
    setSignedOutHere(true);
    setConfirming(false);
    setBusy(false);
    await me.mutate();
    router.refresh();
  };

  const afterDeletion = async () => {
    setDeleted(true);
    setSignedOutHere(true);
    await me.mutate();
    router.refresh();
  };

  const user = me.data?.user;
  const signedOut = signedOutHere || isUnauthorized(me.error) || isUnauthorized(me.data);
  let body: ReactNode;
  if (signedOut) {
    body = (
      <>
        {deleted && (
          <p
            ref={deletedNotice}
            tabIndex={-1}
            role="status"
            data-testid="account-deleted"
            className="font-semibold"
          >
            {deletion("done")}
          </p>
        )}
        <p>{t("signedOut")}</p>
        <IntentLink
          href="/login?next=/me"
          className="touch-target inline-flex items-center justify-center self-start rounded-xl bg-[var(--accent)] px-6 py-2 text-lg font-semibold text-[var(--accent-contrast)]"
        >
          {t("signIn")}
        </IntentLink>
      </>
    );
  } else if (user) {
    body = (
      <>
        <p data-testid="account-phone" className="text-lg">
          {t("signedInAs", { phone: user.phone })}
        </p>
        {me.fromCache && <AsOf at={me.asOf} fromCache />}
        <ErrorAlert message={failed ? t("signOutFailed") : undefined} testId="sign-out-error" />
        {confirming ? (
          <div className="flex flex-col gap-3 rounded-xl border border-[var(--border)] p-3">
            <p>{t("confirmEverywhere")}</p>
            <div className="flex flex-wrap gap-2">
              <Button variant="danger" disabled={busy} onClick={() => signOut(true)}>
                {t("confirm")}
              </Button>
              <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
                {t("cancel")}
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={busy} onClick={() => signOut(false)}>
              {t("signOut")}
            </Button>
            <Button variant="danger" disabled={busy} onClick={() => setConfirming(true)}>
              {t("signOutEverywhere")}
            </Button>
          </div>
        )}
        <DeleteAccount onDeleted={afterDeletion} />
      </>
    );
  } else if (me.isLoading) {
    body = <p className="text-[var(--muted)]">{common("loading")}</p>;
  } else {
    body = (
      <>
        <p>{t("loadFailed")}</p>
        <Button variant="secondary" className="self-start" onClick={() => me.mutate()}>
          {common("retry")}
        </Button>
      </>
    );
  }

  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      {body}
    </Card>
  );
}
