"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { Button } from "@/components/ui/button";
import { postJson } from "./send-json";
import { MAX_PLATES, type VehicleClass } from "./types";

const INPUT =
  "touch-target w-full rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg text-[var(--text)]";

/** Adds a plate; the server's refusals (taken, malformed, limit) are shown as it words them. */
export function AddPlateForm({ count, onAdded }: { count: number; onAdded: () => Promise<unknown> }) {
  const t = useTranslations("vehicles.add");
  const id = useId();
  const [plate, setPlate] = useState("");
  const [vehicleClass, setVehicleClass] = useState<VehicleClass>("small");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setAdded(undefined);
    const result = await postJson<{ plate: { plate: string } }>("/api/me/plates", {
      plate: plate.trim(),
      vehicleClass,
    });
    setBusy(false);
    if (!result.ok || !result.data) {
      setError(result.message ?? t("failed"));
      return;
    }
    setAdded(t("added", { plate: result.data.plate.plate }));
    setPlate("");
    await onAdded();
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" data-testid="add-plate-form">
      <h2 className="text-lg font-bold">{t("heading")}</h2>
      {count >= MAX_PLATES && <p data-testid="plate-limit">{t("limitReached", { max: MAX_PLATES })}</p>}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-plate`} className="font-semibold">
          {t("plateLabel")}
        </label>
        <input
          id={`${id}-plate`}
          className={`${INPUT} font-mono`}
          value={plate}
          onChange={(e) => setPlate(e.target.value)}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          autoCapitalize="characters"
          required
          maxLength={12}
        />
        <p id={`${id}-hint`} className="text-sm text-[var(--muted)]">
          {t("plateHint")}
        </p>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">{t("classLabel")}</legend>
        {(["small", "large"] as const).map((value) => (
          <label key={value} className="touch-target flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-class`}
              value={value}
              checked={vehicleClass === value}
              onChange={() => setVehicleClass(value)}
              className="size-5"
            />
            {t(value)}
          </label>
        ))}
      </fieldset>
      <ErrorAlert message={error} testId="add-plate-error" />
      <p role="status" data-testid="add-plate-done">
        {added}
      </p>
      <Button type="submit" disabled={busy} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
