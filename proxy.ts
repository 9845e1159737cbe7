import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/lib/http/security-headers";
import { tileImageOrigins } from "@/lib/maps/tile-provider";

// Pages: the security headers and a per-request CSP nonce. The API guards itself in its route wrapper
// (lib/http/api-guard.ts), so API requests never run the proxy.
export function proxy(request: NextRequest) {
  const config = env();
  const security = baseSecurityHeaders({ production: config.APP_ENV === "production" });
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    tileOrigins: tileImageOrigins(config),
    dev: config.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image).*)"],
};
