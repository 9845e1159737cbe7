// HMAC signatures of machine-to-machine requests (gate cameras, the payment provider, the operator's back office).
import { createHmac, timingSafeEqual } from "node:crypto";

/** How far X-Timestamp may be from our clock, either way; older signatures are refused. */
export const SIGNATURE_WINDOW_SECONDS = 300;

/** Hex HMAC-SHA256 of "{timestamp}.{raw body}": the signature machine endpoints carry in X-Signature. */
export function signPayload(secret: string, timestamp: string | number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

export type SignatureCheck = "ok" | "bad_signature" | "stale_timestamp";

/**
 * Checks X-Timestamp and X-Signature of a machine request. The comparison is constant-time; a
 * timestamp outside ±300 s fails even with a correct signature, so captured requests expire.
 */
export function checkSignature(
  secret: string,
  headers: { timestamp: string | null; signature: string | null },
  rawBody: string,
  now = new Date(),
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return "stale_timestamp";
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) return "stale_timestamp";
  if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return "bad_signature";
  const expected = Buffer.from(signPayload(secret, timestamp, rawBody), "hex");
  const given = Buffer.from(signature, "hex");
  return timingSafeEqual(expected, given) ? "ok" : "bad_signature";
}

/** The headers a machine client sends: for tests, the sandbox provider and gate simulators. */
export function signedHeaders(secret: string, rawBody: string, now = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    "Content-Type": "application/json",
    "X-Timestamp": timestamp,
    "X-Signature": signPayload(secret, timestamp, rawBody),
  };
}
