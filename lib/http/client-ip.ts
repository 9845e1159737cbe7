import { env } from "@/lib/env";

/**
 * The client's address. Next.js appends the socket address to X-Forwarded-For, so the last entry is
 * the peer that connected to us; each trusted proxy in front (TRUST_PROXY) adds one more hop to skip.
 * Entries further left are written by the client and never trusted.
 */
export function clientIp(request: Request, trustedHops = env().TRUST_PROXY): string {
  const chain = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return normaliseIp(chain[index] ?? "unknown");
}

function normaliseIp(ip: string): string {
  return ip.startsWith("::ffff:") ? ip.slice(7) : ip;
}
