"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ClientForm } from "@/components/ui/client-form";
import { SandboxCode } from "./sandbox-code";

export function CodeStep(props: {
  phone: string;
  devCode?: string;
  onSubmit: (code: string) => void;
  onResend: () => void;
  onChangePhone: () => void;
  busy: boolean;
  waitSeconds: number;
}) {
  const t = useTranslations("auth");
  const [code, setCode] = useState("");
  const waiting = props.waitSeconds > 0;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-lg">{t("codeSentTo", { phone: props.phone })}</p>
      {props.devCode && <SandboxCode code={props.devCode} />}
      <ClientForm
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit(code);
        }}
      >
        <div className="flex flex-col gap-2">
          <label htmlFor="login-code" className="text-lg font-semibold">
            {t("codeLabel")}
          </label>
          <input
            id="login-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9０-９ ]*"
            maxLength={8}
            required
            // The person came here to type the code: put the cursor there.
            // biome-ignore lint/a11y/noAutofocus: the only thing to do on this step
            autoFocus
            aria-describedby="login-code-hint"
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              // The sixth digit is the last thing to do: sign in without hunting for the button.
              const digits = event.target.value.replace(/[０-９]/g, (d) =>
                String.fromCharCode(d.charCodeAt(0) - 0xfee0),
              );
              if (/^\d{6}$/.test(digits.replace(/\s/g, "")) && !props.busy) props.onSubmit(digits);
            }}
            className="touch-target rounded-xl border border-[var(--border)] bg-[var(--card)] px-4 py-3 font-mono text-3xl tracking-[0.4em]"
          />
          <p id="login-code-hint" className="text-[var(--muted)]">
            {t("codeHint")}
          </p>
        </div>
        <Button type="submit" disabled={props.busy} className="py-3 text-lg">
          {props.busy ? t("signingIn") : t("signIn")}
        </Button>
      </ClientForm>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={props.onResend} disabled={props.busy || waiting}>
          {waiting ? t("resendIn", { seconds: props.waitSeconds }) : t("resend")}
        </Button>
        <Button variant="secondary" onClick={props.onChangePhone} disabled={props.busy}>
          {t("changePhone")}
        </Button>
      </div>
    </div>
  );
}
