"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ClientForm } from "@/components/ui/client-form";
import { INPUT_CLASS } from "@/components/ui/field-style";
import { sendJson } from "@/lib/client/api";
import type { SandboxClinicVisit } from "@/lib/clinic/sandbox-clinic-visit";
import type { ClinicHospital } from "./types";

const STOPS = ["close", "medicine", "exam", "consultation"] as const;
type Stop = (typeof STOPS)[number];

/**
 * Sandbox only: the sandbox hospital walks a visit (registration → consultation → exam → medicine → close) with
 * signed charges to my line, as a real hospital's HIS would after scanning my card, so the service can be tried
 * without a hospital. "Stop before" leaves the visit open, to watch charges arrive or cancel one.
 */
export function SandboxHospitalVisit({
  hospitals,
  onDone,
}: {
  hospitals: ClinicHospital[];
  onDone: () => void;
}) {
  const t = useTranslations("clinicUi.sandbox");
  const errorText = useApiErrorText();
  const pilots = hospitals.filter((h) => h.creditPilot);
  const [hospitalId, setHospitalId] = useState("");
  const [stop, setStop] = useState<Stop>("close");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const chosen = pilots.some((h) => h.id === hospitalId) ? hospitalId : (pilots[0]?.id ?? "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const visit = await sendJson<SandboxClinicVisit>("POST", "/api/sandbox/clinic/visit", {
        hospitalId: chosen,
        ...(stop === "close" ? {} : { stopBefore: stop }),
      });
      const authorised = visit.steps.filter((step) => step.status === 201).length;
      const refused = visit.steps.filter((step) => step.status === 402).length;
      setDone(
        t(visit.invoiceId ? "doneClosed" : "doneOpen", { visitId: visit.visitId, authorised, refused }),
      );
      onDone();
    } catch (error) {
      setError(errorText(error, t("failed")));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="border-dashed border-amber-700 dark:border-amber-300">
      <ClientForm onSubmit={submit} className="flex flex-col gap-3" data-testid="sandbox-hospital-visit">
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        <p>{t("explain")}</p>
        <label className="flex flex-col gap-1 font-semibold">
          {t("hospital")}
          <select className={INPUT_CLASS} value={chosen} onChange={(e) => setHospitalId(e.target.value)}>
            {pilots.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          {t("until")}
          <select className={INPUT_CLASS} value={stop} onChange={(e) => setStop(e.target.value as Stop)}>
            {STOPS.map((s) => (
              <option key={s} value={s}>
                {t(`stops.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <ErrorAlert message={error} testId="sandbox-hospital-error" />
        <p role="status" data-testid="sandbox-hospital-done">
          {done}
        </p>
        <Button type="submit" disabled={busy || !chosen} className="self-start">
          {t("submit")}
        </Button>
      </ClientForm>
    </Card>
  );
}
