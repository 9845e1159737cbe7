import "server-only";
import { eq, sql } from "drizzle-orm";
import { notifications, pushSubscriptions } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { PushPayload } from "./payload";
import { PUSH_TTL_SECONDS, urgencyForTopic } from "./topics";
import { getVapidKeys } from "./vapid";
import type { PushClient } from "./web-push-client";

export type DeliveryStatus = "sent" | "no_subscription" | "failed";

export interface DeliveryReport {
  status: DeliveryStatus;
  sent: number;
  failed: number;
  /** Subscriptions the push service said are gone, or whose endpoint we refuse to reach, now deleted. */
  removed: number;
}

/**
 * Pushes one stored notification to every browser the user subscribed, then records the outcome on the
 * notification and on each subscription. Network calls happen here, never inside a transaction.
 */
export async function deliverNotification(
  db: Db,
  notification: { id: string; userId: string; topic: string } & Omit<PushPayload, "id" | "tag">,
  client: PushClient,
  now: Date,
): Promise<DeliveryReport> {
  const targets = await db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, notification.userId));
  const report: DeliveryReport = { status: "no_subscription", sent: 0, failed: 0, removed: 0 };
  if (targets.length > 0) {
    const vapid = await getVapidKeys(db);
    const payload: PushPayload = {
      id: notification.id,
      title: notification.title,
      body: notification.body,
      url: notification.url,
      tag: notification.id,
      ...(notification.actions?.length ? { actions: notification.actions } : {}),
    };
    const options = { vapid, ttlSeconds: PUSH_TTL_SECONDS, urgency: urgencyForTopic(notification.topic) };
    const results = await Promise.all(
      targets.map((target) =>
        client.send({ endpoint: target.endpoint, keys: target }, JSON.stringify(payload), options),
      ),
    );
    for (const [index, result] of results.entries()) {
      const target = targets[index]!;
      if (result.ok) {
        report.sent += 1;
        await db
          .update(pushSubscriptions)
          .set({ lastSuccessAt: now, consecutiveFailures: 0 })
          .where(eq(pushSubscriptions.id, target.id));
        continue;
      }
      report.failed += 1;
      if (result.refused) {
        // Never retried: an endpoint that leads inside our network is an attack or a broken browser.
        console.warn(
          `[push] refused to send to subscription ${target.id} of user ${target.userId}: ${result.reason}; removed it`,
        );
      } else {
        console.warn(`[push] delivery to subscription ${target.id} failed: ${result.reason}`);
      }
      if (result.gone) {
        report.removed += 1;
        await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, target.id));
      } else {
        await db
          .update(pushSubscriptions)
          .set({ consecutiveFailures: sql`${pushSubscriptions.consecutiveFailures} + 1` })
          .where(eq(pushSubscriptions.id, target.id));
      }
    }
    report.status = report.sent > 0 ? "sent" : "failed";
  }
  await db
    .update(notifications)
    .set({ deliveryStatus: report.status, deliveredAt: report.status === "sent" ? now : null })
    .where(eq(notifications.id, notification.id));
  return report;
}
