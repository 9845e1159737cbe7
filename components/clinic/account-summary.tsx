"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import type { ClinicAccountResponse } from "./types";

/** The credit line at a glance: line, used, available (in 元), the account's status, and the way to the card. */
export function AccountSummary({ account }: { account: ClinicAccountResponse }) {
  const t = useTranslations("clinicUi.account");
  const display = useDisplayFormat();
  const suspended = account.status === "suspended";
  const rows = [
    ["line", account.creditLineFen],
    ["used", account.usedFen],
    ["available", account.availableFen],
  ] as const;
  return (
    <Card>
      <div className="flex flex-col gap-3" data-testid="clinic-account" data-status={account.status}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-bold">{t("heading")}</h2>
          <span
            data-testid="clinic-account-status"
            className={`inline-flex rounded-full border px-2 py-0.5 text-sm font-semibold ${
              suspended
                ? "border-red-700 bg-red-50 text-red-800 dark:border-red-300 dark:bg-red-950 dark:text-red-200"
                : "border-green-800 text-green-900 dark:border-green-300 dark:text-green-200"
            }`}
          >
            {t(`status.${account.status === "suspended" ? "suspended" : "active"}`)}
          </span>
        </div>
        {/* One amount a row on a phone (5,000.00 does not fit a third of it, least of all in elder mode). */}
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          {rows.map(([name, fen]) => (
            <div
              key={name}
              className="flex flex-wrap items-baseline justify-between gap-x-3 rounded-xl bg-[var(--surface)] p-3 sm:flex-col"
            >
              <dt className="text-[var(--muted)]">{t(name)}</dt>
              <dd
                data-testid={`clinic-${name}`}
                data-fen={fen}
                className={`font-bold tabular-nums ${name === "available" ? "text-2xl" : "text-xl"}`}
              >
                {display.money(fen)}
              </dd>
            </div>
          ))}
        </dl>
        {account.tier !== null && (
          <p className="text-sm text-[var(--muted)]">{t("tier", { tier: account.tier })}</p>
        )}
        {suspended && (
          <div data-testid="clinic-suspended" className="flex flex-col gap-1">
            <p className="font-semibold">{t("suspendedWhy")}</p>
            <p>{t("suspendedWhat")}</p>
          </div>
        )}
        {!suspended && account.healthCardId && (
          <IntentLink
            href="/clinic/card"
            data-testid="clinic-card-link"
            className="touch-target inline-flex items-center justify-center self-start rounded-xl bg-[var(--accent)] px-6 py-2 text-lg font-semibold text-[var(--accent-contrast)]"
          >
            {t("cardLink")}
          </IntentLink>
        )}
      </div>
    </Card>
  );
}
