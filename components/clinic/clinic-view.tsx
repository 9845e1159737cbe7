"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { isUnauthorized } from "@/components/auth/unauthorized";
import { AsOf } from "@/components/data/as-of";
import {
  useClinicAccount,
  useClinicInvoices,
  useClinicVisits,
  usePaymentAgreement,
} from "@/components/data/use-personal-data";
import { Card } from "@/components/ui/card";
import { IntentLink } from "@/components/ui/intent-link";
import { SignedOutPrompt } from "@/components/vehicles/signed-out-prompt";
import type { ServerAnswer } from "@/lib/client/server-answer";
import { AccountSummary } from "./account-summary";
import { EnrolDecision } from "./enrol-decision";
import { EnrolForm } from "./enrol-form";
import { useHospitals } from "./hospital-list";
import { InvoiceList } from "./invoice-list";
import { SandboxHospitalVisit } from "./sandbox-hospital-visit";
import type { ClinicHospitalsResponse, EnrolAnswer } from "./types";
import { VisitList } from "./visit-list";

/**
 * The resident's side of credit-based clinic payment: sign in, then the payment agreement, then enrolment, then
 * the account with its visits (followed live while one is open) and bills.
 */
export function ClinicView({
  consentVersion,
  signedIn,
  initialHospitals,
  sandbox = false,
}: {
  consentVersion: string;
  signedIn: boolean;
  /** The sandbox: offer the sandbox hospital's visit (no real hospital is connected). */
  sandbox?: boolean;
  initialHospitals?: ServerAnswer<ClinicHospitalsResponse>;
}) {
  const t = useTranslations("clinicUi");
  const account = useClinicAccount(signedIn);
  const [decision, setDecision] = useState<EnrolAnswer>();
  const status = account.data?.status;
  const enrolled = status === "active" || status === "suspended";
  const agreement = usePaymentAgreement(signedIn);
  const visits = useClinicVisits(enrolled);
  const invoices = useClinicInvoices(enrolled);
  const hospitals = useHospitals(initialHospitals);
  // Visits and bills name the hospital as its HIS does ("hz-first"), as the hospital list does.
  const names = useMemo(
    () => new Map(hospitals.data?.hospitals.map((h) => [h.id, h.name]) ?? []),
    [hospitals.data],
  );

  // A charge that arrives, is cancelled, or a visit that closes changes the line and the bills: read them again.
  const visitsSeen = visits.data?.visits
    .map((v) => `${v.id}:${v.status}:${v.charges.map((c) => `${c.chargeId}=${c.status}`).join(",")}`)
    .join("|");
  const refreshAccount = account.mutate;
  const refreshInvoices = invoices.mutate;
  useEffect(() => {
    if (visitsSeen === undefined) return;
    void refreshAccount();
    void refreshInvoices();
  }, [visitsSeen, refreshAccount, refreshInvoices]);

  if (!signedIn || isUnauthorized(account.error)) {
    return <SignedOutPrompt text={t("signedOut")} action={t("signIn")} next="/clinic" />;
  }
  if (!account.data) {
    return account.error ? (
      <p role="alert">{t("loadFailed")}</p>
    ) : (
      <p role="status" data-testid="clinic-loading">
        {t("loading")}
      </p>
    );
  }
  const refreshAll = async () => {
    await Promise.all([account.mutate(), invoices.mutate(), visits.mutate()]);
  };

  return (
    <div className="flex flex-col gap-4" data-testid="clinic-view" data-status={status}>
      <AsOf at={account.asOf} fromCache={account.fromCache} />
      {decision && <EnrolDecision decision={decision} />}
      {!enrolled && agreement.data?.status === "none" && (
        <Card>
          <div className="flex flex-col gap-3" data-testid="clinic-agreement-needed">
            <h2 className="text-lg font-bold">{t("agreementNeeded.heading")}</h2>
            <p>{t("agreementNeeded.explain")}</p>
            <IntentLink
              href="/me/vehicles"
              className="touch-target inline-flex items-center justify-center self-start rounded-xl bg-[var(--accent)] px-6 py-2 text-lg font-semibold text-[var(--accent-contrast)]"
            >
              {t("agreementNeeded.link")}
            </IntentLink>
          </div>
        </Card>
      )}
      {!enrolled && agreement.data?.status === "active" && (
        <EnrolForm
          consentVersion={consentVersion}
          previouslyIneligible={status === "ineligible" && !decision}
          onDecided={async (answer) => {
            setDecision(answer);
            await account.mutate();
          }}
        />
      )}
      {!enrolled && !agreement.data && agreement.error ? <p role="alert">{t("loadFailed")}</p> : null}
      {enrolled && (
        <>
          <AccountSummary account={account.data} />
          {sandbox && (
            <SandboxHospitalVisit
              hospitals={hospitals.data?.hospitals ?? []}
              onDone={() => void refreshAll()}
            />
          )}
          <VisitList visits={visits.data?.visits} error={visits.error} hospitalName={names} />
          <InvoiceList
            invoices={invoices.data?.invoices}
            error={invoices.error}
            hospitalName={names}
            refresh={refreshAll}
          />
        </>
      )}
    </div>
  );
}
