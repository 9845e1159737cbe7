"use client";

import { type ReactNode, useEffect, useState } from "react";
import { type Cache, SWRConfig, useSWRConfig } from "swr";
import { createPersistedCache, setActiveCityDataCache } from "@/lib/client/persisted-swr-cache";
import { onErrorRetry } from "@/lib/client/retry-policy";
import { isPublicDataUpdated } from "@/lib/pwa/sw-protocol";

function deviceStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** SWR for the whole app, with its cache persisted on this device (see lib/client/city-data-store.ts). */
export function SwrProvider({ children }: { children: ReactNode }) {
  // On the server there is no storage: the cache starts empty and useCityData hides stored data until hydrated.
  const [provider] = useState(
    () => (_parent: Readonly<Cache>) => createPersistedCache({ storage: deviceStorage() }),
  );
  return (
    <SWRConfig value={{ provider, onErrorRetry }}>
      <CachePersistence />
      <PublicDataUpdates />
      {children}
    </SWRConfig>
  );
}

/** Reads a public answer again when the service worker says its refreshed copy differs from the one shown. */
function PublicDataUpdates() {
  const { mutate } = useSWRConfig();
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      if (!isPublicDataUpdated(event.data)) return;
      const url = new URL(event.data.payload.updatedURL);
      void mutate(`${url.pathname}${url.search}`);
    };
    navigator.serviceWorker.addEventListener("message", onMessage);
    return () => navigator.serviceWorker.removeEventListener("message", onMessage);
  }, [mutate]);
  return null;
}

/** Writes the cache when the page is hidden or closed, and lets sign-out empty it. */
function CachePersistence() {
  const { cache, mutate } = useSWRConfig();
  useEffect(() => {
    const persisted = cache as ReturnType<typeof createPersistedCache>;
    if (typeof persisted.flush !== "function") return;
    const unregister = setActiveCityDataCache(persisted, () =>
      mutate(() => true, undefined, { revalidate: false }),
    );
    const onHidden = () => {
      if (document.visibilityState === "hidden") persisted.flush();
    };
    window.addEventListener("pagehide", persisted.flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      unregister();
      window.removeEventListener("pagehide", persisted.flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [cache, mutate]);
  return null;
}
