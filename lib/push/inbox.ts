import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { serverNow } from "@/lib/clock/server-now";
import { notifications } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export interface InboxNotification {
  id: string;
  topic: string;
  title: string;
  body: string;
  url: string;
  createdAt: Date;
  readAt: Date | null;
  deliveryStatus: "pending" | "sent" | "no_subscription" | "failed";
}

export const INBOX_COLUMNS = {
  id: notifications.id,
  topic: notifications.topic,
  title: notifications.title,
  body: notifications.body,
  url: notifications.url,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  deliveryStatus: notifications.deliveryStatus,
};

/** The user's notifications, newest first. */
export async function listNotifications(
  db: Db,
  userId: string,
  options: { limit?: number } = {},
): Promise<InboxNotification[]> {
  return db
    .select(INBOX_COLUMNS)
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(Math.min(Math.max(options.limit ?? 50, 1), 50));
}

const NotificationId = z.uuid();

/** Marks the user's notification read (once; the first time stays); someone else's is a 404. */
export async function markNotificationRead(
  db: Db,
  userId: string,
  id: string,
  now = serverNow(),
): Promise<void> {
  if (!NotificationId.safeParse(id).success) throw notFound();
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(mine, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (updated.length > 0) return;
  const existing = await db.select({ id: notifications.id }).from(notifications).where(mine).limit(1);
  if (existing.length === 0) throw notFound();
}

function notFound(): AppError {
  return new AppError("not_found", "push.errors.notificationNotFound");
}
