"use client";

import { useCallback, useEffect, useState } from "react";
import { deleteSubscription, fetchPublicKey, isEndpointTaken, postSubscription } from "./push-api";

export type PushState =
  | "checking"
  | "unsupported"
  | "denied"
  | "off"
  | "on"
  | "subscribeFailed"
  | "unsubscribeFailed";

// navigator.serviceWorker.ready never settles when no worker is registered (e.g. `next dev`).
const WORKER_WAIT_MS = 10_000;

function pushSupported(): boolean {
  return "Notification" in window && "serviceWorker" in navigator && "PushManager" in window;
}

async function workerRegistration(): Promise<ServiceWorkerRegistration> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no service worker")), WORKER_WAIT_MS);
  });
  try {
    return await Promise.race([navigator.serviceWorker.ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.length) return false;
  const bytes = new Uint8Array(a);
  return bytes.every((byte, index) => byte === b[index]);
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** This browser's push subscription for the signed-in person: detect, turn on, turn off. */
export function usePushSubscription() {
  const [state, setState] = useState<PushState>("checking");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const settle = (next: PushState) => !cancelled && setState(next);
    (async () => {
      if (!pushSupported()) return settle("unsupported");
      if (Notification.permission === "denied") return settle("denied");
      const existing = await currentSubscription().catch(() => null);
      if (!existing || Notification.permission !== "granted") return settle("off");
      // Re-sending refreshes the keys. If another account holds this endpoint (409) the switch shows off;
      // turning it on then makes a fresh endpoint for this account.
      await postSubscription(existing).then(
        () => settle("on"),
        () => settle("off"),
      );
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const enable = useCallback(async () => {
    setBusy(true);
    try {
      const permission = await Notification.requestPermission();
      if (permission === "denied") return setState("denied");
      if (permission !== "granted") return setState("off");
      const [registration, serverKey] = await Promise.all([workerRegistration(), fetchPublicKey()]);
      let subscription = await registration.pushManager.getSubscription();
      // A subscription made for another server key (keys were rotated) can never receive our pushes.
      if (subscription && !sameKey(subscription.options.applicationServerKey, serverKey)) {
        await subscription.unsubscribe();
        subscription = null;
      }
      const subscribe = () =>
        registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey });
      subscription ??= await subscribe();
      try {
        await postSubscription(subscription);
      } catch (error) {
        if (!isEndpointTaken(error)) throw error;
        // The endpoint stays with the account that registered it (someone who used this browser before):
        // a fresh endpoint is this account's own, and the old one then reports gone and is dropped.
        await subscription.unsubscribe();
        await postSubscription(await subscribe());
      }
      setState("on");
    } catch (error) {
      console.warn("[push] subscribe failed", error);
      setState(Notification.permission === "denied" ? "denied" : "subscribeFailed");
    } finally {
      setBusy(false);
    }
  }, []);

  const disable = useCallback(async () => {
    setBusy(true);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        await deleteSubscription(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setState("off");
    } catch (error) {
      console.warn("[push] unsubscribe failed", error);
      setState("unsubscribeFailed");
    } finally {
      setBusy(false);
    }
  }, []);

  return { state, busy, enable, disable };
}
