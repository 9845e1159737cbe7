"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { DestinationState } from "./use-destination";

/** Where the lots are around when a destination is named, and the way back to lots near the person. */
export function DestinationStatus({
  state,
  onNearMe,
  onRetry,
}: {
  state: Exclude<DestinationState, { status: "none" }>;
  onNearMe: () => void;
  onRetry: () => void;
}) {
  const t = useTranslations("parking.destination");
  const common = useTranslations("common");
  const failed = state.status === "missing" || state.status === "error";
  let text: string;
  if (state.status === "found") text = t("showing", { name: state.place.name });
  else if (state.status === "loading") text = t("loading");
  else if (state.status === "missing") text = t("notFound");
  else text = t("lookupError");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p
        role={failed ? "alert" : "status"}
        data-testid="destination-shown"
        data-status={state.status}
        className={failed ? "font-semibold" : ""}
      >
        {text}
      </p>
      <div className="flex flex-wrap gap-2">
        {state.status === "error" && (
          <Button variant="secondary" onClick={onRetry}>
            {common("retry")}
          </Button>
        )}
        <Button onClick={onNearMe} data-testid="near-me">
          {t("nearMe")}
        </Button>
      </div>
    </div>
  );
}
