"use client";

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

export const INBOX_KEY = "/api/notifications";

const JSON_HEADERS = { "Content-Type": "application/json" };

export async function fetchInbox(url: string): Promise<InboxItem[]> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`inbox: HTTP ${response.status}`);
  return ((await response.json()) as { notifications: InboxItem[] }).notifications;
}

export async function fetchPublicKey(): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch("/api/push/public-key", { cache: "no-store" });
  if (!response.ok) throw new Error(`public key: HTTP ${response.status}`);
  const { publicKey } = (await response.json()) as { publicKey: string };
  const base64 = publicKey.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The server's 409: this endpoint is registered to another account, which keeps it. */
export class EndpointTakenError extends Error {}

export async function postSubscription(subscription: PushSubscription): Promise<void> {
  const response = await fetch("/api/push/subscriptions", {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(subscription.toJSON()),
  });
  if (response.status === 409) throw new EndpointTakenError("subscribe: HTTP 409");
  if (!response.ok) throw new Error(`subscribe: HTTP ${response.status}`);
}

/** Tells the server to stop pushing to this endpoint; "already gone" (404) counts as done. */
export async function deleteSubscription(endpoint: string): Promise<void> {
  const response = await fetch("/api/push/subscriptions", {
    method: "DELETE",
    headers: JSON_HEADERS,
    body: JSON.stringify({ endpoint }),
  });
  if (!response.ok && response.status !== 404) throw new Error(`unsubscribe: HTTP ${response.status}`);
}

export async function sendTest(): Promise<InboxItem> {
  const response = await fetch("/api/push/test", { method: "POST" });
  if (response.status !== 202) throw new Error(`test: HTTP ${response.status}`);
  return ((await response.json()) as { notification: InboxItem }).notification;
}

export async function markRead(id: string): Promise<void> {
  await fetch(`/api/notifications/${encodeURIComponent(id)}/read`, { method: "POST" });
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
