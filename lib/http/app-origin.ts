import { env } from "@/lib/env";

/** This app's origin for links it hands to others (a payment checkout's way back): APP_ORIGIN, or the request's. */
export function appOrigin(request: Request): string {
  return env().APP_ORIGIN ?? new URL(request.url).origin;
}
