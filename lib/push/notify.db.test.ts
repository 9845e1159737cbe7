import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { notifications, pushSubscriptions } from "@/lib/db/schema";
import { type BrowserPushKeys, createBrowserPushKeys } from "@/lib/testing/browser-push-keys";
import { type LocalPushService, startLocalPushService } from "@/lib/testing/local-push-service";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { notifyUser } from "./notify";
import type { PushPayload } from "./payload";
import { listSubscriptions, saveSubscription } from "./subscriptions";
import { getVapidKeys } from "./vapid";
import { createWebPushClient, type PushClient } from "./web-push-client";

let opened: OpenDb;
let service: LocalPushService;
let client: PushClient;
beforeAll(async () => {
  [opened, service] = await Promise.all([createTestDb(), startLocalPushService()]);
  client = createWebPushClient({ ca: service.ca, allowLoopback: true, timeoutMs: 1_500 });
});
afterAll(async () => {
  await service.close();
  await opened.close();
});
beforeEach(() => {
  service.received.length = 0;
});

let counter = 0;
/** A browser subscribed through our local push service; returns its path there and its keys. */
async function subscribe(userId: string): Promise<{ path: string; keys: BrowserPushKeys; endpoint: string }> {
  const keys = createBrowserPushKeys();
  const path = `/push/${++counter}`;
  const endpoint = `${service.origin}${path}`;
  await saveSubscription(opened.db, userId, { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } });
  return { path, keys, endpoint };
}

const TEST_MESSAGE = { key: "push.messages.test" };

async function storedNotification(id: string) {
  const [row] = await opened.db.select().from(notifications).where(eq(notifications.id, id));
  return row!;
}

describe("notifyUser delivering through a real HTTPS push service", () => {
  it("POSTs an aes128gcm-encrypted, VAPID-signed message the browser can open", async () => {
    const userId = await createTestUser(opened.db, "zh-CN");
    const browser = await subscribe(userId);
    const now = new Date("2026-05-01T02:00:00Z");
    const result = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "t-1", message: TEST_MESSAGE, url: "/me", now },
      { client },
    );

    expect(service.received).toHaveLength(1);
    const push = service.received[0]!;
    expect(push.method).toBe("POST");
    expect(push.path).toBe(browser.path);
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(push.headers.ttl).toBe("86400");
    expect(push.headers.urgency).toBe("normal");
    const vapid = await getVapidKeys(opened.db);
    const authorization = String(push.headers.authorization);
    expect(authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
    const jwt = JSON.parse(Buffer.from(authorization.split(/[ .]/)[2]!, "base64url").toString());
    expect(jwt.aud).toBe(service.origin);
    expect(jwt.sub).toBe(vapid.subject);

    const payload = JSON.parse(browser.keys.decrypt(push.body)) as PushPayload;
    expect(payload).toEqual({
      id: result.notification.id,
      title: "测试通知",
      body: expect.stringContaining("通知功能正常"),
      url: "/me",
      tag: result.notification.id,
    });

    expect(result).toMatchObject({ created: true, delivery: { status: "sent", sent: 1, failed: 0 } });
    const row = await storedNotification(result.notification.id);
    expect(row).toMatchObject({ deliveryStatus: "sent", deliveredAt: now, title: "测试通知", topic: "test" });
    const [sub] = await listSubscriptions(opened.db, userId);
    expect(sub).toMatchObject({ lastSuccessAt: now, consecutiveFailures: 0 });
  });

  it("writes in the person's language, for catalogue and literal messages alike", async () => {
    const userId = await createTestUser(opened.db, "en");
    const browser = await subscribe(userId);
    const first = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "en-1", message: TEST_MESSAGE },
      { client },
    );
    const second = await notifyUser(
      opened.db,
      userId,
      {
        topic: "air.alert",
        dedupeKey: "en-2",
        message: {
          title: { "zh-CN": "明天空气差", en: "Poor air tomorrow" },
          body: { "zh-CN": "减少户外运动", en: "Exercise indoors" },
        },
        url: "/air",
      },
      { client },
    );
    expect(first.notification.title).toBe("Test notification");
    expect(second.notification).toMatchObject({
      title: "Poor air tomorrow",
      body: "Exercise indoors",
      url: "/air",
    });
    const payloads = service.received.map((p) => JSON.parse(browser.keys.decrypt(p.body)) as PushPayload);
    expect(payloads.map((p) => p.title)).toEqual(["Test notification", "Poor air tomorrow"]);
    // Alerts wake the phone; the test message may wait.
    expect(service.received.map((p) => p.headers.urgency)).toEqual(["normal", "high"]);
  });

  it("sends a dedupeKey once: a second call returns the existing notification and sends nothing", async () => {
    const userId = await createTestUser(opened.db);
    await subscribe(userId);
    const first = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "same", message: TEST_MESSAGE },
      { client },
    );
    const again = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "same", message: TEST_MESSAGE },
      { client },
    );
    expect(again).toMatchObject({ created: false, delivery: null });
    expect(again.notification.id).toBe(first.notification.id);
    expect(again.notification.deliveryStatus).toBe("sent");
    expect(service.received).toHaveLength(1);
    // The key is per person: someone else may get their own.
    const other = await createTestUser(opened.db);
    const theirs = await notifyUser(
      opened.db,
      other,
      { topic: "test", dedupeKey: "same", message: TEST_MESSAGE },
      { client },
    );
    expect(theirs.created).toBe(true);
  });

  it("10 concurrent calls with one key → one notification and one push per subscription", async () => {
    const userId = await createTestUser(opened.db);
    const phone = await subscribe(userId);
    const laptop = await subscribe(userId);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        notifyUser(
          opened.db,
          userId,
          { topic: "parking.bill-due", dedupeKey: "bill:42", message: TEST_MESSAGE },
          { client },
        ),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.notification.id)).size).toBe(1);
    const rows = await opened.db.select().from(notifications).where(eq(notifications.userId, userId));
    expect(rows).toHaveLength(1);
    expect(service.received.map((p) => p.path).sort()).toEqual([phone.path, laptop.path].sort());
  });

  it("a 410 from the push service deletes the subscription and records the failure", async () => {
    const userId = await createTestUser(opened.db);
    const browser = await subscribe(userId);
    service.answer(browser.path, 410);
    const result = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "gone", message: TEST_MESSAGE },
      { client },
    );
    expect(result.delivery).toEqual({ status: "failed", sent: 0, failed: 1, removed: 1 });
    expect(await listSubscriptions(opened.db, userId)).toHaveLength(0);
    expect((await storedNotification(result.notification.id)).deliveryStatus).toBe("failed");
  });

  it("an endpoint leading to this machine in production is refused, forgotten and logged; nothing is sent", async () => {
    const production = createWebPushClient({ ca: service.ca, allowLoopback: false, timeoutMs: 1_500 });
    const userId = await createTestUser(opened.db);
    const browser = await subscribe(userId);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const result = await notifyUser(
        opened.db,
        userId,
        { topic: "test", dedupeKey: "ssrf", message: TEST_MESSAGE },
        { client: production },
      );
      expect(result.delivery).toEqual({ status: "failed", sent: 0, failed: 1, removed: 1 });
      expect(service.received).toHaveLength(0);
      expect(await listSubscriptions(opened.db, userId)).toHaveLength(0);
      const logged = warn.mock.calls.map((args) => String(args[0]));
      expect(logged).toContainEqual(expect.stringMatching(/refused .*127\.0\.0\.1 \(loopback\).*removed/));
      expect(logged.join("\n")).not.toContain(browser.path); // the endpoint's secret path stays out of logs
    } finally {
      warn.mockRestore();
    }
  });

  it("a 500 keeps the subscription and counts consecutive failures; a success resets them", async () => {
    const userId = await createTestUser(opened.db);
    const browser = await subscribe(userId);
    service.answer(browser.path, 500);
    await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "e1", message: TEST_MESSAGE },
      { client },
    );
    const second = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "e2", message: TEST_MESSAGE },
      { client },
    );
    expect(second.notification.deliveryStatus).toBe("failed");
    expect((await listSubscriptions(opened.db, userId))[0]).toMatchObject({
      consecutiveFailures: 2,
      lastSuccessAt: null,
    });
    service.answer(browser.path, 201);
    await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "e3", message: TEST_MESSAGE },
      { client },
    );
    expect((await listSubscriptions(opened.db, userId))[0]?.consecutiveFailures).toBe(0);
  });

  it("counts as sent when any of the person's browsers took it", async () => {
    const userId = await createTestUser(opened.db);
    const broken = await subscribe(userId);
    await subscribe(userId);
    service.answer(broken.path, 503);
    const result = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "mixed", message: TEST_MESSAGE },
      { client },
    );
    expect(result.delivery).toEqual({ status: "sent", sent: 1, failed: 1, removed: 0 });
  });

  it("gives up on a push service that does not answer, without throwing", async () => {
    const userId = await createTestUser(opened.db);
    const browser = await subscribe(userId);
    service.answer(browser.path, "hang");
    const started = Date.now();
    const result = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "slow", message: TEST_MESSAGE },
      { client },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.notification.deliveryStatus).toBe("failed");
    expect((await listSubscriptions(opened.db, userId))[0]?.consecutiveFailures).toBe(1);
  });

  it("records no_subscription when the person has no browser subscribed (inbox only)", async () => {
    const userId = await createTestUser(opened.db);
    const result = await notifyUser(
      opened.db,
      userId,
      { topic: "test", dedupeKey: "none", message: TEST_MESSAGE },
      { client },
    );
    expect(result.delivery).toEqual({ status: "no_subscription", sent: 0, failed: 0, removed: 0 });
    expect((await storedNotification(result.notification.id)).deliveryStatus).toBe("no_subscription");
    expect(service.received).toHaveLength(0);
  });

  it.each([
    ["an absolute url", { url: "https://evil.example/" }],
    ["a protocol-relative url", { url: "//evil.example/" }],
    ["a bad topic", { topic: "Parking Bill" }],
    ["an unknown message key", { message: { key: "push.messages.nope" } }],
    [
      "a button that leaves the app",
      { actions: [{ action: "stop", title: { "zh-CN": "停", en: "Stop" }, url: "https://evil.example/" }] },
    ],
  ])("refuses %s (a programming error) before storing anything", async (_name, override) => {
    const userId = await createTestUser(opened.db);
    await expect(
      notifyUser(
        opened.db,
        userId,
        { topic: "test", dedupeKey: "bad", message: TEST_MESSAGE, ...override },
        { client },
      ),
    ).rejects.toThrow();
    expect(await opened.db.select().from(notifications).where(eq(notifications.userId, userId))).toHaveLength(
      0,
    );
  });

  it("never sends to another person's subscriptions", async () => {
    const alice = await createTestUser(opened.db);
    const bob = await createTestUser(opened.db);
    await subscribe(bob);
    await notifyUser(opened.db, alice, { topic: "test", dedupeKey: "x", message: TEST_MESSAGE }, { client });
    expect(service.received).toHaveLength(0);
    const subs = await opened.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, bob));
    expect(subs[0]?.lastSuccessAt).toBeNull();
  });
});
