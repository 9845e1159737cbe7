"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ClientForm } from "@/components/ui/client-form";
import { INPUT_CLASS } from "@/components/ui/field-style";
import { sendJson } from "@/lib/client/api";

/** datetime-local wants local wall-clock "YYYY-MM-DDTHH:mm"; this browser's zone is what the person typed in. */
function localInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** Sandbox only: pretend a gate saw one of my plates enter (and leave) a car park. */
export function SandboxVisitForm({
  plates,
  lots,
  onDone,
}: {
  plates: string[];
  lots: { id: string; name: string }[];
  onDone: () => Promise<unknown>;
}) {
  const t = useTranslations("vehicles.sandbox");
  const errorText = useApiErrorText();
  const id = useId();
  const [plate, setPlate] = useState("");
  const [lotId, setLotId] = useState(lots[0]?.id ?? "");
  const [entry, setEntry] = useState(() => localInput(new Date(Date.now() - 2 * 60 * 60_000)));
  const [exit, setExit] = useState(() => localInput(new Date(Date.now() - 60_000)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const chosen = plates.includes(plate) ? plate : (plates[0] ?? "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    let counts: { accepted: number; duplicates: number };
    try {
      counts = await sendJson<{ accepted: number; duplicates: number }>(
        "POST",
        "/api/sandbox/parking/visit",
        {
          plate: chosen,
          lotId,
          entryAt: new Date(entry).toISOString(),
          ...(exit ? { exitAt: new Date(exit).toISOString() } : {}),
        },
      );
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("failed")));
      return;
    }
    setBusy(false);
    setDone(t("done", counts));
    await onDone();
  };

  // Stays are the holder's only from the binding on: to try a visit in the past, move the binding back first.
  const backdate = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await sendJson("PUT", "/api/sandbox/parking/binding", {
        plate: chosen,
        boundAt: new Date(entry).toISOString(),
      });
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("failed")));
      return;
    }
    setBusy(false);
    setDone(t("backdated", { plate: chosen }));
  };

  return (
    <Card className="border-dashed border-amber-700 dark:border-amber-300">
      <ClientForm onSubmit={submit} className="flex flex-col gap-3" data-testid="sandbox-visit">
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        <p>{t("explain")}</p>
        {plates.length === 0 ? (
          <p>{t("needPlate")}</p>
        ) : (
          <>
            <label className="flex flex-col gap-1 font-semibold">
              {t("plate")}
              <select className={INPUT_CLASS} value={chosen} onChange={(e) => setPlate(e.target.value)}>
                {plates.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 font-semibold">
              {t("lot")}
              <select className={INPUT_CLASS} value={lotId} onChange={(e) => setLotId(e.target.value)}>
                {lots.map((lot) => (
                  <option key={lot.id} value={lot.id}>
                    {lot.name}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={`${id}-entry`} className="font-semibold">
              {t("entryAt")}
            </label>
            <input
              id={`${id}-entry`}
              type="datetime-local"
              className={INPUT_CLASS}
              value={entry}
              onChange={(e) => setEntry(e.target.value)}
              required
            />
            <label htmlFor={`${id}-exit`} className="font-semibold">
              {t("exitAt")}
            </label>
            <input
              id={`${id}-exit`}
              type="datetime-local"
              className={INPUT_CLASS}
              value={exit}
              onChange={(e) => setExit(e.target.value)}
            />
            <ErrorAlert message={error} testId="sandbox-visit-error" />
            <p role="status" data-testid="sandbox-visit-done">
              {done}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={busy}>
                {t("submit")}
              </Button>
              <Button variant="secondary" disabled={busy} onClick={backdate}>
                {t("backdate")}
              </Button>
            </div>
          </>
        )}
      </ClientForm>
    </Card>
  );
}
