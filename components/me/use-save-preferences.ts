"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sendJson } from "@/lib/client/api";
import type { PreferencesInput } from "@/lib/preferences";

/** Saves a preference, then re-renders the server components in the new language or size. */
export function useSavePreferences() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const save = async (input: PreferencesInput) => {
    setFailed(false);
    try {
      await sendJson("POST", "/api/preferences", input);
    } catch {
      setFailed(true);
      return;
    }
    startTransition(() => router.refresh());
  };
  return { save, pending, failed };
}
