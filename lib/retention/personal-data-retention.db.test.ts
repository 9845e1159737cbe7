import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import {
  notifications,
  otpChallenges,
  paymentCallbacks,
  paymentOutbox,
  rateLimitHits,
  sessions,
} from "@/lib/db/schema";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { purgeDeliveredOutbox } from "./delivered-outbox";
import { purgeExpiredSessions } from "./expired-sessions";
import { purgeOldNotifications } from "./old-notifications";
import { purgeStaleRateLimitHits } from "./rate-limit-hits";
import { purgeSignInCodes } from "./sign-in-codes";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const now = new Date("2026-11-23T08:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(now.getTime() - ms);
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${++sequence}`;

describe("retention of personal and operational rows", () => {
  it("deletes sessions 30 days after they expired, not before", async () => {
    const { db } = opened;
    const userId = await createTestUser(db);
    const session = (expiresAt: Date) => ({ tokenHash: unique("token"), userId, expiresAt });
    await db.insert(sessions).values([
      { ...session(ago(31 * DAY)), userAgent: "old" },
      { ...session(ago(29 * DAY)), userAgent: "recently-expired" },
      { ...session(new Date(now.getTime() + DAY)), userAgent: "live" },
    ]);
    expect(await purgeExpiredSessions(db, now)).toBe(1);
    const left = await db
      .select({ ua: sessions.userAgent })
      .from(sessions)
      .where(eq(sessions.userId, userId));
    expect(left.map((s) => s.ua).sort()).toEqual(["live", "recently-expired"]);
  });

  it("deletes sign-in codes a day after they were requested", async () => {
    const { db } = opened;
    const code = (createdAt: Date) => ({
      phone: "13800138000",
      codeHash: unique("hash"),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 5 * 60_000),
      requestedIp: "203.0.113.9",
    });
    await db.insert(otpChallenges).values([code(ago(DAY + 60_000)), code(ago(DAY - 60_000)), code(now)]);
    expect(await purgeSignInCodes(db, now)).toBe(1);
    expect(await db.select().from(otpChallenges)).toHaveLength(2);
  });

  it("deletes delivered outbox rows and received callbacks 30 days on; never an undelivered one", async () => {
    const { db } = opened;
    const outbox = (deliveredAt: Date | null, createdAt = ago(40 * DAY)) => ({
      callbackId: unique("cb"),
      payload: {},
      deliveredAt,
      createdAt,
    });
    await db
      .insert(paymentOutbox)
      .values([outbox(ago(31 * DAY)), outbox(ago(29 * DAY)), outbox(null, ago(90 * DAY))]);
    const callback = (receivedAt: Date) => ({
      callbackId: unique("in"),
      idempotencyKey: unique("key"),
      status: "succeeded",
      outcome: "applied" as const,
      receivedAt,
    });
    await db.insert(paymentCallbacks).values([callback(ago(31 * DAY)), callback(ago(29 * DAY))]);
    expect(await purgeDeliveredOutbox(db, now)).toBe(2);
    const left = await db.select().from(paymentOutbox);
    expect(left.map((r) => r.deliveredAt?.getTime() ?? null).sort()).toEqual(
      [ago(29 * DAY).getTime(), null].sort(),
    );
    expect(await db.select().from(paymentCallbacks)).toHaveLength(1);
  });

  it("deletes inbox notifications after 180 days", async () => {
    const { db } = opened;
    const userId = await createTestUser(db);
    const notice = (createdAt: Date) => ({
      userId,
      dedupeKey: unique("n"),
      topic: "test",
      title: "t",
      body: "b",
      createdAt,
    });
    await db.insert(notifications).values([notice(ago(181 * DAY)), notice(ago(179 * DAY)), notice(now)]);
    expect(await purgeOldNotifications(db, now)).toBe(1);
    expect(await db.select().from(notifications).where(eq(notifications.userId, userId))).toHaveLength(2);
  });

  it("deletes rate-limit hits older than the longest window, whatever their bucket", async () => {
    const { db } = opened;
    const hit = (bucket: string, at: Date) => ({ bucket, subject: "s", at });
    await db
      .insert(rateLimitHits)
      .values([
        hit("auth.otp.ip", ago(DAY + 1_000)),
        hit("never.used.again", ago(3 * DAY)),
        hit("auth.otp.ip", ago(DAY - 1_000)),
      ]);
    expect(await purgeStaleRateLimitHits(db, now)).toBe(2);
    const left = await db.select({ n: sql<number>`count(*)::int` }).from(rateLimitHits);
    expect(left[0]!.n).toBe(1);
  });

  it("works in bounded batches: a run stops after its batches, and the next run takes the rest", async () => {
    const { db } = opened;
    const userId = await createTestUser(db);
    await db.insert(notifications).values(
      Array.from({ length: 1_200 }, () => ({
        userId,
        dedupeKey: unique("bulk"),
        topic: "test",
        title: "t",
        body: "b",
        createdAt: ago(200 * DAY),
      })),
    );
    expect(await purgeOldNotifications(db, now, { batchSize: 500, maxBatches: 2 })).toBe(1_000);
    expect(await purgeOldNotifications(db, now, { batchSize: 500, maxBatches: 2 })).toBe(200);
    expect(await db.select().from(notifications).where(eq(notifications.userId, userId))).toHaveLength(0);
  });
});
