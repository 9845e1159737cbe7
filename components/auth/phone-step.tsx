"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { IntentLink } from "@/components/ui/intent-link";
import { PHONE_REGIONS, type PhoneRegion } from "./phone-region";

export function PhoneStep(props: {
  phone: string;
  region: PhoneRegion;
  consent: boolean;
  onPhoneChange: (value: string) => void;
  onRegionChange: (region: PhoneRegion) => void;
  onConsentChange: (accepted: boolean) => void;
  onSubmit: () => void;
  /** Offered after a "code just sent" refusal: the person may already hold a valid code. */
  onHaveCode?: () => void;
  busy: boolean;
  waitSeconds: number;
}) {
  const t = useTranslations("auth");
  const waiting = props.waitSeconds > 0;
  const hint =
    props.region === "CN"
      ? t("phoneHint")
      : props.region === "OTHER"
        ? t("otherHint")
        : t(`regionHints.${props.region}`);
  return (
    <ClientForm
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <div className="flex flex-col gap-2">
        <label htmlFor="login-region" className="font-semibold">
          {t("region")}
        </label>
        <select
          id="login-region"
          name="region"
          value={props.region}
          onChange={(event) => props.onRegionChange(event.target.value as PhoneRegion)}
          className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg"
        >
          {PHONE_REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`regions.${region}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-2">
        <label htmlFor="login-phone" className="text-lg font-semibold">
          {t("phoneLabel")}
        </label>
        <input
          id="login-phone"
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          maxLength={40}
          aria-describedby="login-phone-hint"
          value={props.phone}
          onChange={(event) => props.onPhoneChange(event.target.value)}
          className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-4 py-3 text-2xl tracking-wide"
        />
        <p id="login-phone-hint" className="text-[var(--muted)]">
          {hint}
        </p>
      </div>
      <label className="touch-target flex items-start gap-3">
        <input
          type="checkbox"
          name="privacy"
          checked={props.consent}
          onChange={(event) => props.onConsentChange(event.target.checked)}
          className="mt-1 h-6 w-6 shrink-0 accent-[var(--accent)]"
        />
        <span>
          {t("consent")}{" "}
          <IntentLink href="/privacy" target="_blank" rel="noopener" className="font-semibold underline">
            {t("privacyLink")}
          </IntentLink>
        </span>
      </label>
      <Button type="submit" disabled={props.busy || waiting} className="py-3 text-lg">
        {waiting ? t("resendIn", { seconds: props.waitSeconds }) : props.busy ? t("sending") : t("sendCode")}
      </Button>
      {props.onHaveCode && (
        <Button variant="secondary" onClick={props.onHaveCode}>
          {t("haveCode")}
        </Button>
      )}
    </ClientForm>
  );
}
