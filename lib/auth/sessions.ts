import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { serverNow } from "@/lib/clock/server-now";
import { sessions, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { maskPhone } from "./phone";
import { SESSION_TTL_MS } from "./session-cookie";

export interface PublicUser {
  id: string;
  /** Masked: 138****8000. The full number never leaves the server. */
  phone: string;
  locale: "zh-CN" | "en";
}

export interface ResolvedSession {
  sessionId: string;
  user: PublicUser;
  expiresAt: Date;
  /** True when the expiry moved and the cookie must be sent again. */
  renewed: boolean;
}

// Sliding expiry is written at most this often, so each request does not cost a write.
const RENEW_AFTER_MS = 24 * 60 * 60 * 1000;

// 32 random bytes in base64url, as createSession makes them.
const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session; returns the cookie token (shown once, stored only as a hash). */
export async function createSession(
  db: Db,
  userId: string,
  options: { userAgent?: string | null; now?: Date } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? serverNow();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** The user behind a cookie token, sliding the 30-day expiry forward; null when unknown or expired. */
export async function resolveSession(
  db: Db,
  token: string,
  now = serverNow(),
): Promise<ResolvedSession | null> {
  // Only the shape createSession issues reaches the database (no NUL, broken Unicode or megabyte cookies).
  if (!SESSION_TOKEN.test(token)) return null;
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  let expiresAt = row.session.expiresAt;
  let renewed = false;
  if (now.getTime() - row.session.lastSeenAt.getTime() >= RENEW_AFTER_MS) {
    expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    renewed = true;
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, row.session.id));
  }
  return {
    sessionId: row.session.id,
    user: { id: row.user.id, phone: maskPhone(row.user.phone), locale: row.user.locale },
    expiresAt,
    renewed,
  };
}

/** Signs out this device. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs out every device of the user. */
export async function revokeAllSessions(db: Db, userId: string): Promise<number> {
  const removed = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return removed.length;
}
