import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { SESSION_COOKIE, sessionCookieOptions } from "./session-cookie";
import { type ResolvedSession, resolveSession } from "./sessions";

/**
 * The signed-in session of this request, or null. In a route handler it also re-sends the cookie
 * when the sliding expiry moved (Server Components cannot set cookies; the next API call will).
 */
export async function currentSession(request?: Request): Promise<ResolvedSession | null> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await resolveSession(await getDb(), token);
  if (session?.renewed && request) {
    store.set(SESSION_COOKIE, token, sessionCookieOptions(request, session.expiresAt));
  }
  return session;
}

/** The signed-in session, or a 401 the person can act on. */
export async function requireSession(request: Request): Promise<ResolvedSession> {
  const session = await currentSession(request);
  if (!session) throw new AppError("unauthorized", "errors.unauthorized");
  return session;
}
