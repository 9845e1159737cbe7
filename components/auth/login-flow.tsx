"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorText } from "@/components/data/use-api-error-text";
import { isApiError, sendJson } from "@/lib/client/api";
import { clearOfflineData } from "@/lib/client/clear-offline-data";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { CodeStep } from "./code-step";
import { ErrorAlert } from "./error-alert";
import { type PhoneRegion, phoneForRegion } from "./phone-region";
import { PhoneStep } from "./phone-step";
import { useCountdown } from "./use-countdown";

const RESEND_SECONDS = 60;

/** Phone → code → signed in, then on to `next` (already checked to be a same-site path). */
export function LoginFlow({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [step, setStep] = useState<"phone" | "code">("phone");
  const [typed, setTyped] = useState("");
  const [region, setRegion] = useState<PhoneRegion>("CN");
  const [consent, setConsent] = useState(false);
  const phone = phoneForRegion(region, typed);
  const [devCode, setDevCode] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const countdown = useCountdown();

  const errorText = useApiErrorText();
  const messageOf = (error: unknown) => errorText(error, t("networkError"));

  const requestCode = async () => {
    if (!consent) {
      setError(t("consentNeeded"));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      // The version of the policy the person ticked: the server records it with the account (PIPL).
      const sent = await sendJson<{ sent: boolean; devCode?: string }>("POST", "/api/auth/otp", {
        phone,
        privacyVersion: PRIVACY_POLICY_VERSION,
      });
      setBusy(false);
      setDevCode(sent?.devCode);
      setStep("code");
      countdown.start(RESEND_SECONDS);
    } catch (error) {
      setBusy(false);
      setError(messageOf(error));
      if (isApiError(error) && error.retryAfterSeconds) countdown.start(error.retryAfterSeconds);
    }
  };

  const verify = async (code: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await sendJson<{ user: { id: string } }>("POST", "/api/auth/verify", { phone, code });
    } catch (error) {
      setBusy(false);
      setError(messageOf(error));
      return;
    }
    // Whatever this device kept for offline use belonged to the previous session (its owner may not have
    // signed out): the new session starts with none of it.
    await clearOfflineData();
    // A full load, so every part of the app (and its caches) starts from the signed-in state.
    window.location.assign(next);
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
          phone={typed}
          region={region}
          consent={consent}
          onPhoneChange={(value) => {
            setTyped(value);
            countdown.reset();
          }}
          onRegionChange={(value) => {
            setRegion(value);
            countdown.reset();
          }}
          onConsentChange={(accepted) => {
            setConsent(accepted);
            if (accepted) setError(undefined);
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
