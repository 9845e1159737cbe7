// The secrets the journeys sign machine requests with: the sandbox's documented values (lib/env.ts), unless the
// deployment under test has its own (E2E_GATE_SECRET, E2E_OPERATOR_SECRET, E2E_PAYMENTS_CALLBACK_SECRET).
import { createHmac } from "node:crypto";
import { SANDBOX_GATE_SECRET, SANDBOX_OPERATOR_SECRET, SANDBOX_PAYMENTS_CALLBACK_SECRET } from "../lib/env";

export const GATE_SECRET = process.env.E2E_GATE_SECRET ?? SANDBOX_GATE_SECRET;
export const OPERATOR_SECRET = process.env.E2E_OPERATOR_SECRET ?? SANDBOX_OPERATOR_SECRET;
export const PAYMENTS_CALLBACK_SECRET =
  process.env.E2E_PAYMENTS_CALLBACK_SECRET ?? SANDBOX_PAYMENTS_CALLBACK_SECRET;

/** X-Timestamp / X-Signature headers of a machine request: hex HMAC-SHA256 of "{timestamp}.{body}". */
export function machineHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return { "content-type": "application/json", "x-timestamp": String(timestamp), "x-signature": signature };
}
