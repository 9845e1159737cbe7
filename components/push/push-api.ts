"use client";

import { getJson, isApiError, sendJson } from "@/lib/client/api";

/** What GET /api/notifications gives for one notification. */
export interface InboxItem {
  id: string;
  topic: string;
  title: string;
  body: string;
  url: string;
  createdAt: string;
  readAt: string | null;
  deliveryStatus: "pending" | "sent" | "no_subscription" | "failed";
}

export async function fetchPublicKey(): Promise<Uint8Array<ArrayBuffer>> {
  const { publicKey } = await getJson<{ publicKey: string }>("/api/push/public-key");
  const base64 = publicKey.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The server's 409: this endpoint is registered to another account, which keeps it. */
export const isEndpointTaken = (error: unknown) => isApiError(error, 409);

export async function postSubscription(subscription: PushSubscription): Promise<void> {
  await sendJson("POST", "/api/push/subscriptions", subscription.toJSON());
}

/** Tells the server to stop pushing to this endpoint; "already gone" (404) counts as done. */
export async function deleteSubscription(endpoint: string): Promise<void> {
  await sendJson("DELETE", "/api/push/subscriptions", { endpoint }).catch((error: unknown) => {
    if (!isApiError(error, 404)) throw error;
  });
}

export async function sendTest(): Promise<InboxItem> {
  return (await sendJson<{ notification: InboxItem }>("POST", "/api/push/test")).notification;
}

export async function markRead(id: string): Promise<void> {
  await sendJson("POST", `/api/notifications/${encodeURIComponent(id)}/read`);
}

/** Stops push to this browser (server and browser side); best effort, used on sign-out. */
export async function forgetThisBrowserPush(): Promise<void> {
  try {
    if (!("serviceWorker" in navigator)) return;
    const registration = await navigator.serviceWorker.getRegistration();
    const subscription = await registration?.pushManager?.getSubscription();
    if (!subscription) return;
    await deleteSubscription(subscription.endpoint);
    await subscription.unsubscribe();
  } catch {
    // Signing out matters more than tidying push; the server drops dead endpoints on the next send.
  }
}
