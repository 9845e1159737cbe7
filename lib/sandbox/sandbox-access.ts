import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { isLoopbackAddress } from "./loopback-address";

export const SANDBOX_TOKEN_HEADER = "x-sandbox-token";

/** True in the sandbox when the request carries the configured sandbox token. */
export function hasSandboxToken(request: Request): boolean {
  const config = env();
  if (config.APP_ENV !== "sandbox" || !config.SANDBOX_TOKEN) return false;
  const presented = Buffer.from(request.headers.get(SANDBOX_TOKEN_HEADER) ?? "");
  const expected = Buffer.from(config.SANDBOX_TOKEN);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/**
 * Guards a sandbox switch: it does not exist outside the sandbox (404), and inside it answers only this machine
 * (the client address after the TRUST_PROXY hop rule) or a request carrying the sandbox token (else 403).
 */
export function requireSandboxAccess(request: Request, available = env().APP_ENV === "sandbox"): void {
  if (!available) throw new AppError("not_found", "errors.notFound");
  if (isLoopbackAddress(clientIp(request)) || hasSandboxToken(request)) return;
  throw new AppError("forbidden", "errors.sandboxForbidden");
}
