"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { isApiError } from "@/lib/client/api";

/**
 * Words a failed call for a person: "no connection" or "timed out" when there was no answer, else the
 * server's own message (already in their language), else `fallback` (or a generic "did not work").
 */
export function useApiErrorText(): (error: unknown, fallback?: string) => string {
  const t = useTranslations("common.apiError");
  return useCallback(
    (error: unknown, fallback?: string) => {
      if (isApiError(error)) {
        if (error.kind === "network") return t("offline");
        if (error.kind === "timeout") return t("timeout");
        if (error.serverMessage) return error.serverMessage;
      }
      return fallback ?? t("failed");
    },
    [t],
  );
}
