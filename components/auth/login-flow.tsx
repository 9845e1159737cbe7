"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { clearOfflineData } from "@/lib/client/clear-offline-data";
import { CodeStep } from "./code-step";
import { ErrorAlert } from "./error-alert";
import { PhoneStep } from "./phone-step";
import { type ApiResult, postJson } from "./post-json";
import { useCountdown } from "./use-countdown";

const RESEND_SECONDS = 60;

/** Phone → code → signed in, then on to `next` (already checked to be a same-site path). */
export function LoginFlow({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [step, setStep] = useState<"phone" | "code">("phone");
  const [phone, setPhone] = useState("");
  const [devCode, setDevCode] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const countdown = useCountdown();

  const messageOf = (result: ApiResult<unknown>) => result.message ?? t("networkError");

  const requestCode = async () => {
    setBusy(true);
    setError(undefined);
    const result = await postJson<{ sent: boolean; devCode?: string }>("/api/auth/otp", { phone });
    setBusy(false);
    if (result.ok) {
      setDevCode(result.data?.devCode);
      setStep("code");
      countdown.start(RESEND_SECONDS);
      return;
    }
    setError(messageOf(result));
    if (result.retryAfterSeconds) countdown.start(result.retryAfterSeconds);
  };

  const verify = async (code: string) => {
    setBusy(true);
    setError(undefined);
    const result = await postJson<{ user: { id: string } }>("/api/auth/verify", { phone, code });
    if (result.ok) {
      // Whatever this device kept for offline use belonged to the previous session (its owner may not have
      // signed out): the new session starts with none of it.
      await clearOfflineData();
      // A full load, so every part of the app (and its caches) starts from the signed-in state.
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setError(messageOf(result));
  };

  const changePhone = () => {
    setStep("phone");
    setDevCode(undefined);
    setError(undefined);
    countdown.reset();
  };

  return (
    <div className="flex flex-col gap-4">
      <ErrorAlert message={error} />
      {step === "phone" ? (
        <PhoneStep
          phone={phone}
          onPhoneChange={(value) => {
            setPhone(value);
            countdown.reset();
          }}
          onSubmit={requestCode}
          onHaveCode={error && countdown.secondsLeft > 0 ? () => setStep("code") : undefined}
          busy={busy}
          waitSeconds={countdown.secondsLeft}
        />
      ) : (
        <CodeStep
          phone={phone}
          devCode={devCode}
          onSubmit={verify}
          onResend={requestCode}
          onChangePhone={changePhone}
          busy={busy}
          waitSeconds={countdown.secondsLeft}
        />
      )}
    </div>
  );
}
