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
import { solveProof } from "./solve-proof";
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
  const [checking, setChecking] = useState(false);
  const [throttled, setThrottled] = useState<"phone" | "network">();
  const countdown = useCountdown();

  const errorText = useApiErrorText();
  const messageOf = (error: unknown) => errorText(error, t("networkError"));

  // The version of the policy the person ticked: the server records it with the account (PIPL).
  const send = (proof?: unknown) =>
    sendJson<{ sent: boolean; devCode?: string }>("POST", "/api/auth/otp", {
      phone,
      privacyVersion: PRIVACY_POLICY_VERSION,
      ...(proof ? { proof } : {}),
    });

  /** Sends the code; a busy network is asked for a proof of work first, which this browser solves by itself. */
  const sendWithProofIfAsked = async () => {
    try {
      return await send();
    } catch (error) {
      if (!isApiError(error) || !error.challenge) throw error;
      setChecking(true);
      try {
        const proof = await solveProof(error.challenge);
        if (!proof) throw error;
        return await send(proof);
      } finally {
        setChecking(false);
      }
    }
  };

  const requestCode = async () => {
    if (!consent) {
      setError(t("consentNeeded"));
      return;
    }
    setBusy(true);
    setError(undefined);
    setThrottled(undefined);
    try {
      const sent = await sendWithProofIfAsked();
      setBusy(false);
      setDevCode(sent?.devCode);
      setStep("code");
      countdown.start(RESEND_SECONDS);
    } catch (error) {
      setBusy(false);
      if (isApiError(error) && error.retryAfterSeconds) {
        // One countdown: the message counts down with the button instead of keeping the server's first number.
        countdown.start(error.retryAfterSeconds);
        if (error.reason === "phone" || error.reason === "network") {
          setThrottled(error.reason);
          return;
        }
      }
      setError(messageOf(error));
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
    setThrottled(undefined);
    setStep("phone");
    setDevCode(undefined);
    setError(undefined);
    countdown.reset();
  };

  return (
    <div className="flex flex-col gap-4">
      <ErrorAlert
        message={
          throttled && countdown.secondsLeft > 0
            ? t(`throttled.${throttled}`, {
                seconds: countdown.secondsLeft,
                minutes: Math.ceil(countdown.secondsLeft / 60),
              })
            : error
        }
      />
      <p role="status" data-testid="proof-status" className={checking ? "" : "sr-only"}>
        {checking ? t("checking") : ""}
      </p>
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
          onHaveCode={(error || throttled) && countdown.secondsLeft > 0 ? () => setStep("code") : undefined}
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
