// The address chain Next.js and lib/http/client-ip.ts read. Next only sets X-Forwarded-For when it is missing,
// so without this a client could name any address it liked and slip past per-address limits.

/**
 * X-Forwarded-For as this server passes it on: with no trusted proxy (0 hops) only the socket's address, whatever
 * the client sent; behind N trusted proxies, the received chain with the socket's address appended, so the hop
 * rule (skip N entries from the right) lands on the address the outermost trusted proxy saw.
 * @param {string | string[] | undefined} received
 * @param {string | undefined} socketAddress
 * @param {number} trustedHops
 * @returns {string}
 */
export function forwardedFor(received, socketAddress, trustedHops) {
  const peer = socketAddress || "unknown";
  if (trustedHops <= 0) return peer;
  const chain = (Array.isArray(received) ? received.join(",") : (received ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return [...chain, peer].join(", ");
}

/**
 * TRUST_PROXY read the way lib/env.ts reads it (an integer 0–5); anything else is refused at start.
 * @param {string | undefined} value
 * @returns {number}
 */
export function trustedHopsFrom(value) {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 5) {
    throw new Error(`TRUST_PROXY must be a whole number from 0 to 5 (got "${value}").`);
  }
  return hops;
}
