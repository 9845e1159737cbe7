"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
// Imported for its listener: `beforeinstallprompt` fires once, early, and must not be missed.
import "@/lib/pwa/install-prompt";
import { CACHE_PAGES, type SwMessage } from "@/lib/pwa/sw-protocol";
import { applyUpdate, watchForUpdate } from "@/lib/pwa/update-watch";
import { useOnline } from "./use-online";

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

// In development there is no built worker (and a stale one would serve old chunks), so production only.
function serviceWorkerEnabled(): boolean {
  return process.env.NODE_ENV === "production" && "serviceWorker" in navigator;
}

/** Registers the service worker and shows the offline and "update available" banners. */
export function PwaRuntime() {
  const t = useTranslations();
  const online = useOnline();
  const waiting = useServiceWorker();
  useKeepPageForOffline(usePathname());
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-[calc(3.75rem+env(safe-area-inset-bottom))] z-[1001] mx-auto flex max-w-3xl flex-col gap-2 px-4">
      <div role="status" data-testid="offline-banner" className="pointer-events-auto">
        {!online && (
          <p className="rounded-xl border border-amber-700 bg-[var(--card)] px-4 py-1.5 text-sm font-semibold text-amber-800 shadow dark:border-amber-300 dark:text-amber-200">
            {t("common.offlineNow")}
          </p>
        )}
      </div>
      <div role="status" data-testid="update-banner" className="pointer-events-auto">
        {waiting && (
          <div className="flex items-center justify-between gap-3 rounded-xl border border-[var(--accent)] bg-[var(--card)] px-4 py-2 shadow">
            <span className="font-semibold">{t("pwa.update.available")}</span>
            <Button
              onClick={() => applyUpdate(waiting, navigator.serviceWorker, () => window.location.reload())}
            >
              {t("pwa.update.reload")}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}

/** Registers /sw.js and returns a new version of it that is installed and waiting, if any. */
function useServiceWorker(): ServiceWorker | null {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    if (!serviceWorkerEnabled()) return;
    const container = navigator.serviceWorker;
    let stop = () => {};
    let cancelled = false;
    container
      .register("/sw.js", { scope: "/" })
      .then((registration) => {
        if (cancelled) return;
        const stopWatching = watchForUpdate(registration, container, (worker) =>
          setWaiting(worker as ServiceWorker),
        );
        // Browsers look for a new worker on full navigations; an app left open also checks when shown again.
        let lastCheck = Date.now();
        const onVisible = () => {
          if (document.visibilityState !== "visible" || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS)
            return;
          lastCheck = Date.now();
          registration.update().catch(() => undefined);
        };
        document.addEventListener("visibilitychange", onVisible);
        stop = () => {
          stopWatching();
          document.removeEventListener("visibilitychange", onVisible);
        };
      })
      .catch((error: unknown) => console.warn("[pwa] service worker registration failed", error));
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  return waiting;
}

/**
 * Asks the worker to keep this page (and the start page) for offline use: the first page was loaded before
 * the worker existed, and client-side navigations fetch no document it could store.
 */
function useKeepPageForOffline(pathname: string | null) {
  useEffect(() => {
    if (!serviceWorkerEnabled() || pathname === null) return;
    const container = navigator.serviceWorker;
    const post = () => {
      const message: SwMessage = { type: CACHE_PAGES, urls: [window.location.href, "/"] };
      container.controller?.postMessage(message);
    };
    if (container.controller) {
      post();
      return;
    }
    container.addEventListener("controllerchange", post, { once: true });
    return () => container.removeEventListener("controllerchange", post);
  }, [pathname]);
}
