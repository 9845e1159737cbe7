"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isApiError, sendJson } from "@/lib/client/api";
import type { EnrolAnswer } from "./types";

const CONSENT_POINTS = ["collect", "score", "debit", "withdraw"] as const;
type Field = "name" | "idNumber" | "consent";

/**
 * Real-name enrolment: name, 18-character identity number and the versioned consent. The server judges the
 * number (format and check character) and answers each field's problem in the person's language, shown beside it.
 */
export function EnrolForm({
  consentVersion,
  previouslyIneligible,
  onDecided,
}: {
  consentVersion: string;
  previouslyIneligible: boolean;
  onDecided: (answer: EnrolAnswer) => Promise<void>;
}) {
  const t = useTranslations("clinicUi.enrol");
  const consent = useTranslations("clinicUi.consent");
  const errorText = useApiErrorText();
  const id = useId();
  const [name, setName] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setIssues({});
    if (!agreed) {
      setIssues({ consent: t("consentMissing") });
      return;
    }
    setBusy(true);
    try {
      const answer = await sendJson<EnrolAnswer>("POST", "/api/clinic/enrol", {
        name: name.trim(),
        idNumber: idNumber.trim().toUpperCase(),
        consent: true,
      });
      await onDecided(answer);
    } catch (failure) {
      const fieldIssues: Partial<Record<Field, string>> = {};
      if (isApiError(failure)) {
        for (const issue of failure.issues ?? []) {
          const field = issue.path.split(".")[0] as Field;
          if (field === "name" || field === "idNumber" || field === "consent") {
            fieldIssues[field] = fieldIssues[field]
              ? `${fieldIssues[field]} ${issue.message}`
              : issue.message;
          }
        }
      }
      setIssues(fieldIssues);
      if (Object.keys(fieldIssues).length === 0) setError(errorText(failure, t("failed")));
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: Field, hint?: string) =>
    [hint, issues[field] ? `${id}-${field}-issue` : undefined].filter(Boolean).join(" ") || undefined;
  const issueText = (field: Field) =>
    issues[field] ? (
      <p
        id={`${id}-${field}-issue`}
        data-testid={`enrol-issue-${field}`}
        className="text-red-800 dark:text-red-200"
      >
        {issues[field]}
      </p>
    ) : null;

  return (
    <Card>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate data-testid="enrol-form">
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        <p>{t("explain")}</p>
        {previouslyIneligible && <p data-testid="enrol-ineligible-before">{t("ineligibleBefore")}</p>}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-name`} className="font-semibold">
            {t("name")}
          </label>
          <input
            id={`${id}-name`}
            name="name"
            autoComplete="name"
            required
            maxLength={40}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={issues.name ? true : undefined}
            aria-describedby={describedBy("name")}
            className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg"
          />
          {issueText("name")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-idNumber`} className="font-semibold">
            {t("idNumber")}
          </label>
          <p id={`${id}-idNumber-hint`} className="text-sm text-[var(--muted)]">
            {t("idNumberHint")}
          </p>
          <input
            id={`${id}-idNumber`}
            name="idNumber"
            // 17 digits and a check character that may be X: a text keyboard, capitals, nothing suggested.
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            required
            maxLength={18}
            value={idNumber}
            onChange={(event) => setIdNumber(event.target.value.replace(/\s/g, ""))}
            aria-invalid={issues.idNumber ? true : undefined}
            aria-describedby={describedBy("idNumber", `${id}-idNumber-hint`)}
            className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 font-mono text-lg tracking-wider"
          />
          {issueText("idNumber")}
        </div>
        <section
          aria-labelledby={`${id}-consent-heading`}
          className="flex flex-col gap-2 rounded-xl border border-[var(--border)] p-3"
          data-testid="enrol-consent"
        >
          <h3 id={`${id}-consent-heading`} className="font-semibold">
            {consent("heading")}
          </h3>
          <ul className="list-disc pl-5">
            {CONSENT_POINTS.map((point) => (
              <li key={point}>{consent(point)}</li>
            ))}
          </ul>
          <p className="text-sm text-[var(--muted)]" data-testid="consent-version">
            {consent("version", { version: consentVersion })}
          </p>
        </section>
        <div className="flex flex-col gap-1">
          <label className="touch-target flex items-start gap-3">
            <input
              type="checkbox"
              checked={agreed}
              onChange={(event) => setAgreed(event.target.checked)}
              aria-invalid={issues.consent ? true : undefined}
              aria-describedby={describedBy("consent")}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <span>{consent("agree", { version: consentVersion })}</span>
          </label>
          {issueText("consent")}
        </div>
        <ErrorAlert message={error} testId="enrol-error" />
        <Button type="submit" className="self-start text-lg" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </Button>
      </form>
    </Card>
  );
}
