import "server-only";
import { and, eq } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { notifications, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/i18n/config";
import { type DeliveryReport, deliverNotification } from "./deliver";
import { INBOX_COLUMNS, type InboxNotification } from "./inbox";
import { type NotificationMessage, renderMessage } from "./message";
import { MAX_PUSH_ACTIONS } from "./payload";
import { isSafeAppPath } from "./safe-url";
import { TOPIC_PATTERN } from "./topics";
import { defaultPushClient, type PushClient } from "./web-push-client";

export interface NotifyInput {
  /** What it is about, e.g. "parking.bill-due" (decides the push urgency). */
  topic: string;
  /** Same key, same person → the same notification, sent once (e.g. "parking:bill-due:<stayId>"). */
  dedupeKey: string;
  message: NotificationMessage;
  /** The app page a tap opens; defaults to Home. */
  url?: string;
  /** Buttons on the pushed notification (not kept in the inbox, whose item opens `url`). */
  actions?: { action: string; title: Record<Locale, string>; url: string }[];
  now?: Date;
}

export interface NotifyResult {
  notification: InboxNotification;
  /** False when this dedupeKey was already used: nothing was sent again. */
  created: boolean;
  /** Null when nothing was sent because the notification already existed. */
  delivery: DeliveryReport | null;
}

/**
 * Puts a message in the user's inbox (idempotent by dedupeKey) and pushes it to their browsers, in the
 * user's language. Delivery problems never throw: the inbox keeps the message and records the outcome.
 */
export async function notifyUser(
  db: Db,
  userId: string,
  input: NotifyInput,
  options: { client?: PushClient } = {},
): Promise<NotifyResult> {
  const url = input.url ?? "/";
  if (!TOPIC_PATTERN.test(input.topic) || input.topic.length > 64) {
    throw new Error(`Invalid notification topic "${input.topic}"`);
  }
  if (input.dedupeKey.length < 1 || input.dedupeKey.length > 200) throw new Error("Invalid dedupeKey");
  if (!isSafeAppPath(url)) throw new Error(`Notification url must be a path in this app, got "${url}"`);
  const actions = input.actions ?? [];
  if (actions.length > MAX_PUSH_ACTIONS || actions.some((a) => !isSafeAppPath(a.url) || !a.action)) {
    throw new Error("Invalid notification actions");
  }

  const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new Error(`No user ${userId} to notify`);
  const { title, body } = renderMessage(input.message, user.locale);
  const now = input.now ?? serverNow();

  const [inserted] = await db
    .insert(notifications)
    .values({ userId, dedupeKey: input.dedupeKey, topic: input.topic, title, body, url, createdAt: now })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning(INBOX_COLUMNS);
  if (!inserted) {
    const [existing] = await db
      .select(INBOX_COLUMNS)
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, input.dedupeKey)))
      .limit(1);
    return { notification: existing!, created: false, delivery: null };
  }

  let delivery: DeliveryReport;
  try {
    delivery = await deliverNotification(
      db,
      {
        ...inserted,
        userId,
        ...(actions.length > 0
          ? { actions: actions.map((a) => ({ action: a.action, title: a.title[user.locale], url: a.url })) }
          : {}),
      },
      options.client ?? defaultPushClient,
      now,
    );
  } catch (error) {
    console.error(`[push] delivery of notification ${inserted.id} failed`, error);
    delivery = { status: "failed", sent: 0, failed: 0, removed: 0 };
    await db
      .update(notifications)
      .set({ deliveryStatus: "failed" })
      .where(eq(notifications.id, inserted.id))
      .catch(() => {});
  }
  return { notification: { ...inserted, deliveryStatus: delivery.status }, created: true, delivery };
}
