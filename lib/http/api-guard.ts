import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { baseSecurityHeaders } from "./base-security-headers.mjs";
import { isForeignMutation } from "./origin-check";

// The API's own guard, in the route wrapper rather than in proxy.ts: a proxy run costs every public read as
// much as the read itself, so the proxy is left to pages (their per-request CSP nonce).

/** A state-changing request sent by a page on another site is refused (403) before anything else. */
export function refuseForeignMutation(request: Request): void {
  if (isForeignMutation(request, env().APP_ORIGIN)) {
    throw new AppError("forbidden", "errors.forbiddenOrigin");
  }
}

/** The security headers every answer carries, on this API response (on a copy when its headers are immutable). */
export function withSecurityHeaders(response: Response): Response {
  const headers = Object.entries(baseSecurityHeaders({ production: env().APP_ENV === "production" }));
  try {
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    for (const [name, value] of headers) copy.headers.set(name, value);
    return copy;
  }
}
