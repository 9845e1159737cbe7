import "server-only";
import { serverNow } from "@/lib/clock/server-now";
import type { Db } from "@/lib/db/types";
import { type NotifyResult, notifyUser } from "./notify";
import type { PushClient } from "./web-push-client";

const BUCKET_MS = 60_000;

/** Sends "Test notification" to the user; repeated taps within the same minute send nothing more. */
export function sendTestNotification(
  db: Db,
  userId: string,
  options: { now?: Date; client?: PushClient } = {},
): Promise<NotifyResult> {
  const now = options.now ?? serverNow();
  return notifyUser(
    db,
    userId,
    {
      topic: "test",
      dedupeKey: `test:${Math.floor(now.getTime() / BUCKET_MS)}`,
      message: { key: "push.messages.test" },
      url: "/me",
      now,
    },
    { client: options.client },
  );
}
