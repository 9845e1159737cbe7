const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a state-changing request was sent by a page on another site. Browsers always send
 * Origin on cross-origin POST/PUT/PATCH/DELETE; machine clients send none and are authenticated by
 * signature instead.
 */
export function isForeignMutation(request: Request, appOrigin?: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  const allowedHost = appOrigin ? new URL(appOrigin).host : request.headers.get("host");
  try {
    return new URL(origin).host !== allowedHost;
  } catch {
    return true;
  }
}
