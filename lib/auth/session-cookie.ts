import { env } from "@/lib/env";

export const SESSION_COOKIE = "cb_session";
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Secure unless the request is plain HTTP to this machine (npm start on localhost), so a local run
 * works in every browser while any real deployment gets Secure cookies. COOKIE_SECURE overrides.
 */
export function cookieIsSecure(request: Request): boolean {
  const mode = env().COOKIE_SECURE;
  if (mode !== "auto") return mode === "always";
  if (env().APP_ENV === "production") return true;
  const url = new URL(request.url);
  const forwardedProto = request.headers.get("x-forwarded-proto");
  const https = url.protocol === "https:" || forwardedProto === "https";
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return https || !local;
}

export function sessionCookieOptions(request: Request, expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: cookieIsSecure(request),
    path: "/",
    expires: expiresAt,
  };
}
