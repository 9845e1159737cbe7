import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_CLOCK_SETTING } from "@/lib/clock/sandbox-clock";
import { setClockOffsetMs } from "@/lib/clock/server-now";
import type { OpenDb } from "@/lib/db/open";
import { appSettings, rateLimitHits } from "@/lib/db/schema";
import { writeSetting } from "@/lib/settings/app-settings";
import { createTestDb } from "@/lib/testing/test-db";
import { consumeRateLimit, consumeRateLimits, refundRateLimitHits, sweepRateLimitHits } from "./consume";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const rule = (subject: string, limit = 2, windowSeconds = 60) => ({
  bucket: "test.generic",
  subject,
  limit,
  windowSeconds,
});

describe("consumeRateLimit", () => {
  it("allows up to the limit, refuses with the wait, and allows again when the window moved", async () => {
    const db = opened.db;
    expect((await consumeRateLimit(db, rule("a"), { now: at(0), sweep: false })).allowed).toBe(true);
    expect((await consumeRateLimit(db, rule("a"), { now: at(10), sweep: false })).allowed).toBe(true);
    const refused = await consumeRateLimit(db, rule("a"), { now: at(20), sweep: false });
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 40 });
    expect(refused.refusedBy?.subject).toBe("a");
    // A refused action is not counted: at 60 s the first hit left the window, so one more fits.
    expect((await consumeRateLimit(db, rule("a"), { now: at(60), sweep: false })).allowed).toBe(true);
    expect((await consumeRateLimit(db, rule("a"), { now: at(61), sweep: false })).allowed).toBe(false);
  });

  it("keeps subjects and buckets apart", async () => {
    const db = opened.db;
    await consumeRateLimit(db, rule("b", 1), { now: at(0), sweep: false });
    expect((await consumeRateLimit(db, rule("c", 1), { now: at(0), sweep: false })).allowed).toBe(true);
    const other = { ...rule("b", 1), bucket: "test.other" };
    expect((await consumeRateLimit(db, other, { now: at(0), sweep: false })).allowed).toBe(true);
    expect((await consumeRateLimit(db, rule("b", 1), { now: at(1), sweep: false })).allowed).toBe(false);
  });

  it("lets exactly `limit` of 20 concurrent actions through", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit(opened.db, rule("burst", 10, 3600), { now: at(0) })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterSeconds === 3600)).toBe(true);
  });
});

describe("consumeRateLimits", () => {
  it("counts an action against every rule only when all allow it", async () => {
    const db = opened.db;
    const phone = { bucket: "test.phone", subject: "p1", limit: 1, windowSeconds: 60 };
    const ip = { bucket: "test.ip", subject: "ip1", limit: 3, windowSeconds: 3600 };
    expect((await consumeRateLimits(db, [phone, ip], { now: at(0), sweep: false })).allowed).toBe(true);
    const refused = await consumeRateLimits(db, [phone, ip], { now: at(5), sweep: false });
    expect(refused).toMatchObject({
      allowed: false,
      retryAfterSeconds: 55,
      refusedBy: { bucket: "test.phone" },
    });
    const ipHits = await db
      .select()
      .from(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, "test.ip"), eq(rateLimitHits.subject, "ip1")));
    expect(ipHits).toHaveLength(1);
  });

  it("reports the rule with the longest wait", async () => {
    const db = opened.db;
    const short = { bucket: "test.short", subject: "s", limit: 1, windowSeconds: 60 };
    const long = { bucket: "test.long", subject: "s", limit: 1, windowSeconds: 3600 };
    await consumeRateLimits(db, [short, long], { now: at(0), sweep: false });
    const refused = await consumeRateLimits(db, [short, long], { now: at(10), sweep: false });
    expect(refused).toMatchObject({ retryAfterSeconds: 3590, refusedBy: { bucket: "test.long" } });
  });

  it("gives a hit back on refund", async () => {
    const db = opened.db;
    const once = rule("refund", 1);
    const first = await consumeRateLimit(db, once, { now: at(0), sweep: false });
    expect((await consumeRateLimit(db, once, { now: at(1), sweep: false })).allowed).toBe(false);
    await refundRateLimitHits(db, [first.hitIds[once.bucket]!]);
    expect((await consumeRateLimit(db, once, { now: at(2), sweep: false })).allowed).toBe(true);
  });
});

describe("sweepRateLimitHits", () => {
  it("deletes only hits of its bucket that left the window", async () => {
    const db = opened.db;
    const sweepRule = { bucket: "test.sweep", subject: "x", limit: 100, windowSeconds: 60 };
    for (const s of [0, 30, 90]) await consumeRateLimit(db, sweepRule, { now: at(s), sweep: false });
    await consumeRateLimit(db, { ...sweepRule, bucket: "test.keep" }, { now: at(0), sweep: false });
    expect(await sweepRateLimitHits(db, sweepRule, at(100))).toBe(2);
    const left = await db.select().from(rateLimitHits).where(eq(rateLimitHits.bucket, "test.sweep"));
    expect(left.map((h) => h.at.getTime())).toEqual([at(90).getTime()]);
    expect(await db.select().from(rateLimitHits).where(eq(rateLimitHits.bucket, "test.keep"))).toHaveLength(
      1,
    );
  });
});

describe("across app servers (no instant given: the database's clock)", () => {
  afterEach(async () => {
    setClockOffsetMs(0);
    await opened.db.delete(appSettings).where(eq(appSettings.key, SANDBOX_CLOCK_SETTING));
  });

  it("refuses on a server whose clock runs two minutes ahead of the one that counted the hit", async () => {
    const once = rule("skewed", 1);
    expect((await consumeRateLimit(opened.db, once, { sweep: false })).allowed).toBe(true);
    // This process's serverNow() now runs ahead, as another server's would with a fast clock or a stale offset.
    setClockOffsetMs(2 * 60_000);
    const refused = await consumeRateLimit(opened.db, once, { sweep: false });
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("follows the sandbox clock the deployment keeps in the database, before this server has caught up", async () => {
    const once = rule("sandbox-moved", 1);
    expect((await consumeRateLimit(opened.db, once, { sweep: false })).allowed).toBe(true);
    expect((await consumeRateLimit(opened.db, once, { sweep: false })).allowed).toBe(false);
    // Another server moved the sandbox clock 61 s forward; this one's own offset is still 0.
    await writeSetting(opened.db, SANDBOX_CLOCK_SETTING, 61_000);
    expect((await consumeRateLimit(opened.db, once, { sweep: false })).allowed).toBe(true);
  });
});
