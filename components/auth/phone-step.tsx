"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PhoneStep(props: {
  phone: string;
  onPhoneChange: (value: string) => void;
  onSubmit: () => void;
  /** Offered after a "code just sent" refusal: the person may already hold a valid code. */
  onHaveCode?: () => void;
  busy: boolean;
  waitSeconds: number;
}) {
  const t = useTranslations("auth");
  const waiting = props.waitSeconds > 0;
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
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
          {t("phoneHint")}
        </p>
      </div>
      <Button type="submit" disabled={props.busy || waiting} className="py-3 text-lg">
        {waiting ? t("resendIn", { seconds: props.waitSeconds }) : props.busy ? t("sending") : t("sendCode")}
      </Button>
      {props.onHaveCode && (
        <Button variant="secondary" onClick={props.onHaveCode}>
          {t("haveCode")}
        </Button>
      )}
    </form>
  );
}
