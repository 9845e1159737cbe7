import { env } from "@/lib/env";

/**
 * This app's origin for links it hands to others (a payment checkout's way back): APP_ORIGIN, or the one the
 * browser used (its Host header: behind `next start` the request URL may name another host, e.g. localhost).
 */
export function appOrigin(request: Request): string {
  const configured = env().APP_ORIGIN;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get("host");
  if (!host) return url.origin;
  try {
    return new URL(`${url.protocol}//${host}`).origin;
  } catch {
    return url.origin;
  }
}
