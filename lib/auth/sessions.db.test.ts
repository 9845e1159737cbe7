import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { createTestDb } from "@/lib/testing/test-db";
import { createSession, resolveSession, revokeAllSessions, revokeSession } from "./sessions";
import { setUserLocale, upsertUserOnSignIn } from "./users";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-05-01T08:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("upsertUserOnSignIn", () => {
  it("creates one account when first sign-ins for one phone race", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        upsertUserOnSignIn(opened.db, "13700000001", { locale: i % 2 ? "en" : "zh-CN", now: t0 }),
      ),
    );
    expect(new Set(results.map((u) => u.id)).size).toBe(1);
    expect(await opened.db.select().from(users).where(eq(users.phone, "13700000001"))).toHaveLength(1);
  });

  it("keeps the account and updates language and sign-in time on a later sign-in", async () => {
    const first = await upsertUserOnSignIn(opened.db, "13700000002", { locale: "zh-CN", now: t0 });
    const second = await upsertUserOnSignIn(opened.db, "13700000002", { locale: "en", now: later(DAY) });
    expect(second.id).toBe(first.id);
    const [row] = await opened.db.select().from(users).where(eq(users.id, first.id));
    expect(row).toMatchObject({ locale: "en", lastSignInAt: later(DAY), createdAt: t0 });
    await setUserLocale(opened.db, first.id, "zh-CN");
    const [changed] = await opened.db.select().from(users).where(eq(users.id, first.id));
    expect(changed!.locale).toBe("zh-CN");
  });
});

describe("sessions", () => {
  it("slides the 30-day expiry forward at most once a day", async () => {
    const user = await upsertUserOnSignIn(opened.db, "13700000003", { locale: "zh-CN", now: t0 });
    const { token, expiresAt } = await createSession(opened.db, user.id, { now: t0 });
    expect(expiresAt).toEqual(later(30 * DAY));
    const soon = await resolveSession(opened.db, token, later(60_000));
    expect(soon).toMatchObject({ renewed: false, expiresAt: later(30 * DAY) });
    const nextWeek = await resolveSession(opened.db, token, later(7 * DAY));
    expect(nextWeek).toMatchObject({ renewed: true, expiresAt: later(37 * DAY) });
    // Within a day of the last renewal nothing is written, so the expiry stays put.
    expect(await resolveSession(opened.db, token, later(8 * DAY - 1))).toMatchObject({ renewed: false });
    expect(await resolveSession(opened.db, token, later(37 * DAY + 1))).toBeNull();
  });

  it("signs out one device, or all of them", async () => {
    const user = await upsertUserOnSignIn(opened.db, "13700000004", { locale: "zh-CN", now: t0 });
    const other = await upsertUserOnSignIn(opened.db, "13700000005", { locale: "zh-CN", now: t0 });
    const phone = await createSession(opened.db, user.id, { now: t0 });
    const laptop = await createSession(opened.db, user.id, { now: t0 });
    const tablet = await createSession(opened.db, user.id, { now: t0 });
    const stranger = await createSession(opened.db, other.id, { now: t0 });

    const resolved = await resolveSession(opened.db, phone.token, t0);
    await revokeSession(opened.db, resolved!.sessionId);
    expect(await resolveSession(opened.db, phone.token, t0)).toBeNull();
    expect(await resolveSession(opened.db, laptop.token, t0)).not.toBeNull();

    expect(await revokeAllSessions(opened.db, user.id)).toBe(2);
    expect(await resolveSession(opened.db, laptop.token, t0)).toBeNull();
    expect(await resolveSession(opened.db, tablet.token, t0)).toBeNull();
    expect(await resolveSession(opened.db, stranger.token, t0)).not.toBeNull();
  });
});

describe("a session cookie that is not a token we issue", () => {
  it("is refused before any query (NUL, lone surrogate, wrong length or alphabet)", async () => {
    const untouchable = new Proxy({} as Db, {
      get: () => {
        throw new Error("the database was queried");
      },
    });
    const real = (
      await createSession(
        opened.db,
        (
          await upsertUserOnSignIn(opened.db, "13700000009", { locale: "en", now: t0 })
        ).id,
        {
          now: t0,
        },
      )
    ).token;
    expect(real).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const token of [
      "",
      "\u0000",
      `${real.slice(0, 42)}\u0000`,
      `${real.slice(0, 42)}\ud800`,
      real.slice(0, 42),
      `${real}A`,
      `${real.slice(0, 42)}=`,
      `${real.slice(0, 42)}+`,
      "x".repeat(5000),
    ]) {
      await expect(resolveSession(untouchable, token, t0), JSON.stringify(token)).resolves.toBeNull();
    }
    expect(await resolveSession(opened.db, real, t0)).not.toBeNull();
  });
});
