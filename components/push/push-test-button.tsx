"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useSWRConfig } from "swr";
import { INBOX_KEY } from "@/components/data/personal-resources";
import { Button } from "@/components/ui/button";
import { type InboxItem, sendTest } from "./push-api";

type Outcome = "testSent" | "testNoSubscription" | "testFailed" | "testError";

const OUTCOME: Record<InboxItem["deliveryStatus"], Outcome> = {
  sent: "testSent",
  pending: "testSent",
  no_subscription: "testNoSubscription",
  failed: "testFailed",
};

/** Sends a test notification to me and says what happened to it. */
export function PushTestButton() {
  const t = useTranslations("push");
  const { mutate } = useSWRConfig();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const send = async () => {
    setPending(true);
    setOutcome(null);
    try {
      const notification = await sendTest();
      setOutcome(OUTCOME[notification.deliveryStatus]);
    } catch {
      setOutcome("testError");
    } finally {
      setPending(false);
      void mutate(INBOX_KEY);
    }
  };
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="secondary" disabled={pending} onClick={() => void send()} data-testid="push-test">
        {t("sendTest")}
      </Button>
      <p role="status" className="text-sm" data-testid="push-test-outcome">
        {outcome && t(outcome)}
      </p>
    </div>
  );
}
