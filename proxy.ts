import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { isForeignMutation } from "@/lib/http/origin-check";
import { requestLocale } from "@/lib/http/request-locale";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/lib/http/security-headers";
import { tileImageOrigins } from "@/lib/maps/tile-provider";

// Security headers, a per-request CSP nonce for pages, and the cross-site check for every mutation.
export function proxy(request: NextRequest) {
  const config = env();
  const security = baseSecurityHeaders({ production: config.APP_ENV === "production" });

  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = isForeignMutation(request, config.APP_ORIGIN)
      ? errorResponse(new AppError("forbidden", "errors.forbiddenOrigin"), requestLocale(request))
      : NextResponse.next();
    for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
    return response;
  }

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
  matcher: ["/((?!_next/static|_next/image).*)"],
};
