/// <reference lib="webworker" />
import { getJson, sendJson } from "@/lib/client/api";
import { notificationTarget, pushDisplay } from "./push-display";

const ICON = "/icons/icon-192.png";

/** Sent to open pages when a push arrives, so an open inbox can refresh itself. */
export const PUSH_RECEIVED_MESSAGE = "push-received";

type SubscriptionChangeEvent = ExtendableEvent & {
  oldSubscription?: PushSubscription | null;
  newSubscription?: PushSubscription | null;
};

/** Push and notification-click handlers for the service worker. */
export function registerPushHandlers(self: ServiceWorkerGlobalScope): void {
  self.addEventListener("push", (event) => {
    let text: string | null = null;
    try {
      text = event.data?.text() ?? null;
    } catch {
      text = null;
    }
    const shown = pushDisplay(text, self.navigator.language);
    event.waitUntil(
      Promise.all([
        self.registration.showNotification(shown.title, {
          body: shown.body,
          icon: ICON,
          badge: ICON,
          tag: shown.tag,
          data: { url: shown.url, actions: Object.fromEntries(shown.actions.map((a) => [a.action, a.url])) },
          ...(shown.actions.length > 0
            ? { actions: shown.actions.map(({ action, title }) => ({ action, title })) }
            : {}),
        } as NotificationOptions),
        self.clients.matchAll({ type: "window" }).then((open) => {
          for (const client of open) client.postMessage({ type: PUSH_RECEIVED_MESSAGE });
        }),
      ]),
    );
  });

  self.addEventListener("notificationclick", (event) => {
    event.notification.close();
    const data = event.notification.data as { url?: unknown; actions?: Record<string, unknown> } | null;
    // A button opens its own page (e.g. "stop these alerts"); the notification itself opens its url.
    const chosen = event.action ? data?.actions?.[event.action] : undefined;
    const target = notificationTarget(chosen ?? data?.url, self.location.origin);
    event.waitUntil(focusOrOpen(self, target));
  });

  // The browser may replace a subscription (key rotation, expiry): tell the server, or pushes stop.
  self.addEventListener("pushsubscriptionchange" as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
    const change = event as SubscriptionChangeEvent;
    change.waitUntil(resubscribe(self, change).catch(() => {}));
  });
}

async function focusOrOpen(self: ServiceWorkerGlobalScope, target: string): Promise<void> {
  const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const existing = open.find((client) => client.url === target);
  if (existing) {
    await existing.focus();
    return;
  }
  await self.clients.openWindow(target);
}

async function resubscribe(self: ServiceWorkerGlobalScope, change: SubscriptionChangeEvent): Promise<void> {
  const old = change.oldSubscription ?? null;
  let fresh = change.newSubscription ?? null;
  if (!fresh) {
    const key =
      old?.options.applicationServerKey ??
      (await getJson<{ publicKey: string }>("/api/push/public-key")).publicKey;
    fresh = await self.registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: key,
    });
  }
  await sendJson("POST", "/api/push/subscriptions", fresh.toJSON());
  if (old && old.endpoint !== fresh.endpoint) {
    await sendJson("DELETE", "/api/push/subscriptions", { endpoint: old.endpoint });
  }
}
