"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { ChoiceGroup } from "@/components/parking/choice-group";
import { DestinationSearch } from "@/components/parking/destination-search";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { INPUT_CLASS } from "@/components/ui/field-style";
import { sendJson } from "@/lib/client/api";
import type { AlertPlaceFields, AlertPlaceView } from "./alert-places-api";

const KINDS = ["home", "school", "office", "other"] as const;
const LEVELS = [2, 3, 4, 5, 6] as const;

type Position = { name: string; lat: number; lng: number };

/** Adds a place (once per form: its client key) or edits one: kind, name, where, level in words, quiet hours. */
export function PlaceForm({
  place,
  onSaved,
  onCancel,
}: {
  place?: AlertPlaceView;
  onSaved: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const t = useTranslations("airAlerts");
  const errorText = useApiErrorText();
  const id = useId();
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<AlertPlaceView["kind"]>(place?.kind ?? "home");
  const [name, setName] = useState(place?.name ?? "");
  const [position, setPosition] = useState<Position | null>(place ? { ...place } : null);
  const [level, setLevel] = useState<number>(place?.level ?? 3);
  const [quietOn, setQuietOn] = useState(place ? place.quietHours !== null : true);
  const [from, setFrom] = useState(place?.quietHours?.from ?? "22:00");
  const [to, setTo] = useState(place?.quietHours?.to ?? "07:00");
  const [locating, setLocating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setError(t("form.locationFailed"));
      return;
    }
    setLocating(true);
    setError(undefined);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        setPosition({ name: t("form.myLocation"), lat: coords.latitude, lng: coords.longitude });
      },
      () => {
        setLocating(false);
        setError(t("form.locationFailed"));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!position) {
      setError(t("form.needPosition"));
      return;
    }
    const fields: AlertPlaceFields = {
      kind,
      name: name.trim() || t(`kinds.${kind}`),
      lat: position.lat,
      lng: position.lng,
      level,
      quietHours: quietOn ? { from, to } : null,
    };
    setBusy(true);
    setError(undefined);
    try {
      if (place) await sendJson("PATCH", `/api/air/alerts/places/${encodeURIComponent(place.id)}`, fields);
      else await sendJson("POST", "/api/air/alerts/places", { clientKey, ...fields });
    } catch (failure) {
      setBusy(false);
      setError(errorText(failure, t("item.failed")));
      return;
    }
    setBusy(false);
    if (!place) {
      setClientKey(crypto.randomUUID());
      setName("");
      setPosition(null);
    }
    await onSaved();
  };

  return (
    <ClientForm
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-4"
      aria-labelledby={`${id}-heading`}
      data-testid={place ? "alert-place-edit-form" : "alert-place-form"}
    >
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {place ? t("form.editHeading", { name: place.name }) : t("form.addHeading")}
      </h3>
      <ChoiceGroup
        legend={t("form.kind")}
        name={`${id}-kind`}
        options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={kind}
        onChange={setKind}
      />
      <label className="flex flex-col gap-1">
        <span className="font-semibold">{t("form.name")}</span>
        <input
          className={INPUT_CLASS}
          value={name}
          maxLength={40}
          placeholder={t(`kinds.${kind}`)}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <span id={`${id}-name-hint`} className="text-sm text-[var(--muted)]">
          {t("form.nameHint")}
        </span>
      </label>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("form.position")}</legend>
        <DestinationSearch
          label={t("form.searchLabel")}
          onChoose={(chosen) => setPosition({ name: chosen.name, lat: chosen.lat, lng: chosen.lng })}
        />
        <Button variant="secondary" className="self-start" disabled={locating} onClick={locate}>
          {locating ? t("form.locating") : t("form.useLocation")}
        </Button>
        <p data-testid="alert-place-position" aria-live="polite">
          {position
            ? t("form.chosen", {
                name: position.name,
                lat: position.lat.toFixed(4),
                lng: position.lng.toFixed(4),
              })
            : t("form.notChosen")}
        </p>
      </fieldset>
      <ChoiceGroup
        legend={t("form.level")}
        name={`${id}-level`}
        options={LEVELS.map((l) => ({ value: l, label: t(`levelChoice.${l}`) }))}
        value={level}
        onChange={setLevel}
      />
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="sr-only">{t("form.quietOn")}</legend>
        <label className="touch-target flex items-center gap-3">
          <input
            type="checkbox"
            className="h-6 w-6"
            checked={quietOn}
            onChange={(event) => setQuietOn(event.target.checked)}
          />
          <span className="font-semibold">{t("form.quietOn")}</span>
        </label>
        {quietOn && (
          <div className="flex flex-wrap gap-3">
            <label className="flex flex-col gap-1">
              <span>{t("form.quietFrom")}</span>
              <input
                type="time"
                required
                className={INPUT_CLASS}
                value={from}
                onChange={(event) => setFrom(event.target.value)}
              />
            </label>
            <label className="flex flex-col gap-1">
              <span>{t("form.quietTo")}</span>
              <input
                type="time"
                required
                className={INPUT_CLASS}
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            </label>
          </div>
        )}
        <p className="text-sm text-[var(--muted)]">{t("form.quietHint")}</p>
      </fieldset>
      {error && (
        <p role="alert" className="font-semibold text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? t("form.saving") : t("form.save")}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        )}
      </div>
    </ClientForm>
  );
}
