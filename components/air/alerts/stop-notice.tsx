"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { sendJson } from "@/lib/client/api";
import type { AlertPlaceView } from "./alert-places-api";

type State =
  | { status: "working" }
  | { status: "stopped" | "resumed"; place: AlertPlaceView }
  | { status: "failed" };

/**
 * The notification's "stop these alerts" opens this page: the place's alerts go off at once, with no more
 * questions (the session decides whose place it is), and one tap turns them back on.
 */
export function StopNotice({ placeId, onChanged }: { placeId: string; onChanged: () => Promise<unknown> }) {
  const t = useTranslations("airAlerts.stop");
  const [state, setState] = useState<State>({ status: "working" });
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    sendJson<{ place: AlertPlaceView }>("PATCH", `/api/air/alerts/places/${encodeURIComponent(placeId)}`, {
      alertsOn: false,
    })
      .then(({ place }) => {
        setState({ status: "stopped", place });
        return onChanged();
      })
      .catch(() => setState({ status: "failed" }));
  }, [placeId, onChanged]);

  const undo = async (place: AlertPlaceView) => {
    try {
      await sendJson("PATCH", `/api/air/alerts/places/${encodeURIComponent(place.id)}`, { alertsOn: true });
    } catch {
      setState({ status: "failed" });
      return;
    }
    setState({ status: "resumed", place });
    await onChanged();
  };

  return (
    <div
      role="status"
      data-testid="alert-stop-notice"
      className="flex flex-col items-start gap-2 rounded-xl border-2 border-[var(--accent)] p-3"
    >
      {state.status === "working" && <p>{t("working")}</p>}
      {state.status === "failed" && <p className="font-semibold">{t("failed")}</p>}
      {state.status === "stopped" && (
        <>
          <p className="font-semibold">{t("done", { name: state.place.name })}</p>
          <Button variant="secondary" onClick={() => void undo(state.place)}>
            {t("undo")}
          </Button>
        </>
      )}
      {state.status === "resumed" && (
        <p className="font-semibold">{t("resumed", { name: state.place.name })}</p>
      )}
    </div>
  );
}
