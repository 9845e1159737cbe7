"use client";

import { isUnauthorized } from "@/components/auth/unauthorized";
import { AsOf } from "@/components/data/as-of";
import { useSessions } from "@/components/data/use-personal-data";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { SignedOutPrompt } from "@/components/vehicles/signed-out-prompt";
import { StatusBadge } from "./status-badge";
import { useBillText } from "./use-bill-text";

/** My stays and bills, newest first (the API's order), each opening its receipt. */
export function BillList() {
  const { t, time, due, fee } = useBillText();
  const sessions = useSessions();
  if (isUnauthorized(sessions.error)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next="/me/bills" />;
  }
  const list = sessions.data?.sessions;
  return (
    <div className="flex flex-col gap-3">
      <AsOf at={sessions.asOf} fromCache={sessions.fromCache} />
      {sessions.error && !list ? <p role="alert">{t("loadFailed")}</p> : null}
      {list?.length === 0 && <p data-testid="bills-empty">{t("empty")}</p>}
      {list && list.length > 0 && (
        <ul className="flex flex-col gap-3" data-testid="bill-list">
          {list.map((bill) => (
            <li key={bill.id} data-testid="bill-item" data-plate={bill.plate} data-status={bill.status}>
              <Card>
                <IntentLink href={`/me/bills/${bill.id}`} className="touch-target flex flex-col gap-1">
                  <span className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-semibold">{bill.lotName}</span>
                    <StatusBadge status={bill.status} />
                  </span>
                  <span className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-mono">{bill.plate}</span>
                    <strong className="text-lg">{fee(bill)}</strong>
                  </span>
                  <span className="text-sm text-[var(--muted)]">
                    {time(bill.entryAt)} – {bill.exitAt ? time(bill.exitAt) : t("stillParked")}
                  </span>
                  {due(bill) && <span className="font-semibold">{due(bill)}</span>}
                </IntentLink>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
