"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { ErrorAlert } from "@/components/auth/error-alert";
import { PLATES_KEY } from "@/components/data/personal-resources";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { INPUT_CLASS } from "@/components/ui/field-style";
import { isApiError, sendJson } from "@/lib/client/api";
import { plateProgress } from "@/lib/parking/plate-progress";
import { OwnershipReviewForm } from "./ownership-review-form";
import { PlateKeyboard } from "./plate-keyboard";
import { MAX_PLATES, type VehicleClass } from "./types";

/**
 * Adds a plate with the vehicle-licence details the server checks; its refusals (licence not confirmed,
 * malformed, limit) are shown as it words them, and a refused licence check offers an ownership review.
 */
export function AddPlateForm({
  count,
  onAdded,
  sandboxHint = false,
}: {
  count: number;
  onAdded: () => Promise<unknown>;
  sandboxHint?: boolean;
}) {
  const t = useTranslations("vehicles.add");
  const errorText = useApiErrorText();
  const id = useId();
  const [plate, setPlate] = useState("");
  const [keyboard, setKeyboard] = useState(false);
  const progressText = useTranslations("vehicles.progress");
  const plateProgressText = (typed: string) => {
    const progress = plateProgress(typed);
    if (progress.state === "empty") return "";
    if (progress.state === "complete") return progressText(`complete.${progress.kind}`);
    if (progress.state === "invalid") return progressText("invalid", { position: progress.position });
    return progressText("partial", { typed: progress.typed });
  };
  const [vehicleClass, setVehicleClass] = useState<VehicleClass>("small");
  const [ownerName, setOwnerName] = useState("");
  const [vinLast6, setVinLast6] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const [review, setReview] = useState<{ plate: string; ownerName: string }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setAdded(undefined);
    setReview(undefined);
    let answer: { plate: { plate: string }; claimed: boolean };
    try {
      answer = await sendJson<typeof answer>("POST", PLATES_KEY, {
        plate: plate.trim(),
        vehicleClass,
        ownerName,
        vinLast6,
      });
    } catch (error) {
      setBusy(false);
      setError(errorText(error, t("failed")));
      if (isApiError(error) && (error.reason === "licence_mismatch" || error.status === 429)) {
        setReview({ plate: plate.trim(), ownerName: ownerName.trim() });
      }
      return;
    }
    setBusy(false);
    const bound = answer.plate.plate;
    setAdded(answer.claimed ? t("claimed", { plate: bound }) : t("added", { plate: bound }));
    setPlate("");
    setOwnerName("");
    setVinLast6("");
    await onAdded();
  };

  return (
    <div className="flex flex-col gap-4">
      <ClientForm onSubmit={submit} className="flex flex-col gap-3" data-testid="add-plate-form">
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        {count >= MAX_PLATES && <p data-testid="plate-limit">{t("limitReached", { max: MAX_PLATES })}</p>}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-plate`} className="font-semibold">
            {t("plateLabel")}
          </label>
          <input
            id={`${id}-plate`}
            className={`${INPUT_CLASS} font-mono`}
            value={plate}
            onChange={(e) => setPlate(e.target.value)}
            onFocus={() => setKeyboard(true)}
            // While the plate keyboard is open the phone's own keyboard stays away.
            inputMode={keyboard ? "none" : "text"}
            aria-describedby={`${id}-hint ${id}-progress`}
            autoComplete="off"
            autoCapitalize="characters"
            required
            maxLength={12}
          />
          <p
            id={`${id}-progress`}
            role="status"
            data-testid="plate-progress"
            className="text-sm font-semibold"
          >
            {plateProgressText(plate)}
          </p>
          {keyboard ? (
            <PlateKeyboard value={plate} onChange={setPlate} onDone={() => setKeyboard(false)} />
          ) : (
            <button
              type="button"
              className="touch-target self-start text-sm font-semibold underline"
              onClick={() => setKeyboard(true)}
            >
              {t("openKeyboard")}
            </button>
          )}
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
        <fieldset className="flex flex-col gap-3" aria-describedby={`${id}-why`}>
          <legend className="mb-1 font-semibold">{t("licenceHeading")}</legend>
          <p id={`${id}-why`} className="text-sm">
            {t("licenceWhy")}
          </p>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-owner`} className="font-semibold">
              {t("ownerNameLabel")}
            </label>
            <input
              id={`${id}-owner`}
              className={INPUT_CLASS}
              value={ownerName}
              onChange={(e) => setOwnerName(e.target.value)}
              aria-describedby={`${id}-owner-hint`}
              autoComplete="off"
              required
              maxLength={60}
            />
            <p id={`${id}-owner-hint`} className="text-sm text-[var(--muted)]">
              {t("ownerNameHint")}
            </p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-vin`} className="font-semibold">
              {t("vinLabel")}
            </label>
            <input
              id={`${id}-vin`}
              className={`${INPUT_CLASS} font-mono`}
              value={vinLast6}
              onChange={(e) => setVinLast6(e.target.value)}
              aria-describedby={`${id}-vin-hint${sandboxHint ? ` ${id}-sandbox` : ""}`}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              required
              maxLength={8}
            />
            <p id={`${id}-vin-hint`} className="text-sm text-[var(--muted)]">
              {t("vinHint")}
            </p>
            {sandboxHint && (
              <p
                id={`${id}-sandbox`}
                data-testid="licence-sandbox-hint"
                className="rounded-xl border border-dashed border-amber-700 p-2 text-sm dark:border-amber-300"
              >
                {t("sandboxHint")}
              </p>
            )}
          </div>
        </fieldset>
        <ErrorAlert message={error} testId="add-plate-error" />
        <p role="status" data-testid="add-plate-done">
          {added}
        </p>
        <Button type="submit" disabled={busy} className="self-start">
          {t("submit")}
        </Button>
      </ClientForm>
      {review && <OwnershipReviewForm key={review.plate} plate={review.plate} ownerName={review.ownerName} />}
    </div>
  );
}
