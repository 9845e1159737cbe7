import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { listNotifications, markNotificationRead } from "./inbox";
import { notifyUser } from "./notify";
import { sendTestNotification } from "./test-notification";
import type { PushClient } from "./web-push-client";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

// These users have no subscriptions, so the client must never be called.
const unreachable: PushClient = {
  send: () => {
    throw new Error("no push expected");
  },
};

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 4, 1, 2, minute, second));

describe("inbox", () => {
  it("lists my notifications newest first, at most 50, never someone else's", async () => {
    const me = await createTestUser(opened.db);
    const other = await createTestUser(opened.db);
    for (let i = 0; i < 52; i++) {
      await notifyUser(
        opened.db,
        me,
        { topic: "test", dedupeKey: `k${i}`, message: { key: "push.messages.test" }, now: at(0, i) },
        { client: unreachable },
      );
    }
    await notifyUser(
      opened.db,
      other,
      { topic: "test", dedupeKey: "theirs", message: { key: "push.messages.test" }, now: at(5) },
      { client: unreachable },
    );
    const mine = await listNotifications(opened.db, me);
    expect(mine).toHaveLength(50);
    expect(mine[0]!.createdAt).toEqual(at(0, 51));
    expect(mine.at(-1)!.createdAt).toEqual(at(0, 2));
    expect(Object.keys(mine[0]!).sort()).toEqual(
      ["body", "createdAt", "deliveryStatus", "id", "readAt", "title", "topic", "url"].sort(),
    );
    expect(mine.every((n) => n.deliveryStatus === "no_subscription")).toBe(true);
  });

  it("marks read once; another person's or an unknown id is a 404", async () => {
    const me = await createTestUser(opened.db);
    const other = await createTestUser(opened.db);
    const { notification } = await sendTestNotification(opened.db, me, { now: at(10), client: unreachable });
    for (const [userId, id] of [
      [other, notification.id],
      [me, "00000000-0000-4000-8000-000000000000"],
      [me, "not-a-uuid"],
    ] as const) {
      const error = await markNotificationRead(opened.db, userId, id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(404);
    }
    await markNotificationRead(opened.db, me, notification.id, at(11));
    await markNotificationRead(opened.db, me, notification.id, at(12));
    const [read] = await listNotifications(opened.db, me);
    expect(read!.readAt).toEqual(at(11));
  });

  it("the test notification is sent at most once a minute", async () => {
    const me = await createTestUser(opened.db);
    const a = await sendTestNotification(opened.db, me, { now: at(20, 1), client: unreachable });
    const b = await sendTestNotification(opened.db, me, { now: at(20, 59), client: unreachable });
    const c = await sendTestNotification(opened.db, me, { now: at(21, 0), client: unreachable });
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ created: false, notification: { id: a.notification.id } });
    expect(c.created).toBe(true);
    expect(await listNotifications(opened.db, me)).toHaveLength(2);
  });
});
