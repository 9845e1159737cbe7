import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { pushSubscriptions } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createBrowserPushKeys } from "@/lib/testing/browser-push-keys";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import {
  listSubscriptions,
  MAX_SUBSCRIPTIONS_PER_USER,
  removeSubscription,
  type SubscriptionInput,
  saveSubscription,
} from "./subscriptions";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

let counter = 0;
function browserSubscription(endpoint = `https://push.example.test/sub/${++counter}`): SubscriptionInput {
  const { p256dh, auth } = createBrowserPushKeys();
  return { endpoint, expirationTime: null, keys: { p256dh, auth } };
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(404);
  expect((error as AppError).messageKey).toBe("push.errors.subscriptionNotFound");
}

describe("push subscriptions", () => {
  it("saves once per endpoint; re-subscribing updates the keys and resets failures", async () => {
    const userId = await createTestUser(opened.db);
    const first = browserSubscription();
    await saveSubscription(opened.db, userId, first, { userAgent: "Chrome" });
    const renewed = { ...browserSubscription(first.endpoint) };
    await saveSubscription(opened.db, userId, renewed, { userAgent: "Chrome 2" });
    const mine = await listSubscriptions(opened.db, userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      endpoint: first.endpoint,
      userAgent: "Chrome 2",
      consecutiveFailures: 0,
    });
  });

  it("refuses (409) an endpoint another account holds, and changes nothing about it", async () => {
    const alice = await createTestUser(opened.db);
    const mallory = await createTestUser(opened.db);
    const hers = browserSubscription();
    await saveSubscription(opened.db, alice, hers, { userAgent: "Alice's phone" });
    const [before] = await opened.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, hers.endpoint));

    const error = await saveSubscription(opened.db, mallory, browserSubscription(hers.endpoint), {
      userAgent: "Mallory",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).messageKey).toBe("push.errors.endpointTaken");

    const [after] = await opened.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, hers.endpoint));
    expect(after).toEqual(before);
    expect(await listSubscriptions(opened.db, mallory)).toEqual([]);
    // Only the holder letting go (or the push service reporting it gone) frees the endpoint.
    await removeSubscription(opened.db, alice, hers.endpoint);
    await saveSubscription(opened.db, mallory, browserSubscription(hers.endpoint));
    expect((await listSubscriptions(opened.db, mallory)).map((s) => s.endpoint)).toEqual([hers.endpoint]);
  });

  it("refuses a taken endpoint even when both accounts register it at once", async () => {
    const alice = await createTestUser(opened.db);
    const bob = await createTestUser(opened.db);
    const shared = browserSubscription();
    const outcomes = await Promise.allSettled([
      saveSubscription(opened.db, alice, shared),
      saveSubscription(opened.db, bob, shared),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rows = await opened.db
      .select({ userId: pushSubscriptions.userId })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.endpoint, shared.endpoint));
    expect(rows).toHaveLength(1);
    const winner = outcomes[0]!.status === "fulfilled" ? alice : bob;
    expect(rows[0]!.userId).toBe(winner);
  });

  it("removes only your own: someone else's endpoint is a 404 exactly like an unknown one", async () => {
    const alice = await createTestUser(opened.db);
    const mallory = await createTestUser(opened.db);
    const sub = browserSubscription();
    await saveSubscription(opened.db, alice, sub);
    await expectNotFound(removeSubscription(opened.db, mallory, sub.endpoint));
    await expectNotFound(removeSubscription(opened.db, alice, "https://push.example.test/unknown"));
    expect(await listSubscriptions(opened.db, alice)).toHaveLength(1);
    await removeSubscription(opened.db, alice, sub.endpoint);
    expect(await listSubscriptions(opened.db, alice)).toHaveLength(0);
    await expectNotFound(removeSubscription(opened.db, alice, sub.endpoint));
  });

  it("in production accepts only the browsers' push services", async () => {
    const userId = await createTestUser(opened.db);
    const error = await saveSubscription(
      opened.db,
      userId,
      browserSubscription("https://10.0.0.5/internal"),
      {
        mode: "production",
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("push.errors.endpointNotAllowed");
    await saveSubscription(opened.db, userId, browserSubscription("https://fcm.googleapis.com/fcm/send/x1"), {
      mode: "production",
    });
    expect(await listSubscriptions(opened.db, userId)).toHaveLength(1);
  });

  it(`keeps at most ${MAX_SUBSCRIPTIONS_PER_USER} browsers per person, dropping the oldest`, async () => {
    const userId = await createTestUser(opened.db);
    const endpoints: string[] = [];
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_USER + 2; i++) {
      const sub = browserSubscription();
      endpoints.push(sub.endpoint);
      await saveSubscription(opened.db, userId, sub, { now: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    }
    const kept = (await listSubscriptions(opened.db, userId)).map((s) => s.endpoint).sort();
    expect(kept).toEqual(endpoints.slice(2).sort());
  });
});
