// What the deployment under test offers the journeys, asked once per worker, so a journey that needs something
// the target does not offer is skipped with the reason instead of failing (or passing) for the wrong one.
import { type APIRequestContext, test } from "@playwright/test";
import { GATE_SECRET, machineHeaders, OPERATOR_SECRET, PAYMENTS_CALLBACK_SECRET } from "./machine-secrets";
import { SANDBOX_HEADERS } from "./sandbox-token";

/** A running deployment named by E2E_BASE_URL (else a server this run started, whose settings the journeys know). */
export const REMOTE_TARGET = process.env.E2E_BASE_URL !== undefined;

/**
 * client-addresses: the target takes each journey's X-Forwarded-For as its client address (the server this run
 * starts trusts one proxy hop; a deployment trusts only its own proxy), so per-address limits apply per journey.
 * sandbox: the sandbox switches (clock, simulated visits, provider holds, faults) with E2E_SANDBOX_TOKEN, and the
 * sign-in code shown instead of texted. gate / operator / payments: the target accepts requests signed with
 * E2E_GATE_SECRET / E2E_OPERATOR_SECRET / E2E_PAYMENTS_CALLBACK_SECRET (the sandbox values unless set).
 */
export type Need = "client-addresses" | "sandbox" | "gate" | "operator" | "payments";

type Probe = (request: APIRequestContext) => Promise<string | null>;

// Signed probes carry an empty body: a target that accepts the signature answers 400 (the body is checked after the
// signature), one that does not answers 401, and nothing is written either way.
const signedProbe =
  (path: string, secret: string, variable: string): Probe =>
  async (request) => {
    const status = (await request.post(path, { data: "{}", headers: machineHeaders(secret, "{}") })).status();
    if (status === 401)
      return `the target refuses requests signed with ${variable} (set it to the target's secret)`;
    if (status === 404) return `the target has no ${path}`;
    return null;
  };

const NO_DISPUTE = "00000000-0000-4000-8000-000000000000";

const PROBES: Record<Need, Probe> = {
  "client-addresses": async () =>
    REMOTE_TARGET
      ? "a deployment does not take this runner's X-Forwarded-For as the client address (only a server this run starts does)"
      : null,
  sandbox: async (request) => {
    const status = (await request.get("/api/sandbox/clock", { headers: SANDBOX_HEADERS })).status();
    if (status === 404)
      return "the target is not a sandbox (APP_ENV=production): no sandbox switches or shown codes";
    if (status === 403) return "the target refuses E2E_SANDBOX_TOKEN (set it to the target's SANDBOX_TOKEN)";
    return status === 200 ? null : `the target's sandbox clock answered ${status}`;
  },
  gate: signedProbe("/api/parking/gate-events", GATE_SECRET, "E2E_GATE_SECRET"),
  operator: signedProbe(
    `/api/operator/parking/disputes/${NO_DISPUTE}/resolution`,
    OPERATOR_SECRET,
    "E2E_OPERATOR_SECRET",
  ),
  payments: signedProbe("/api/payments/callback", PAYMENTS_CALLBACK_SECRET, "E2E_PAYMENTS_CALLBACK_SECRET"),
};

// One answer per target and need in each worker process.
const answers = new Map<string, Promise<string | null>>();

/** Skips the running journey, with the reason, unless the target offers every one of `needs`. */
export async function needs(request: APIRequestContext, ...needed: Need[]): Promise<void> {
  const target = String(test.info().project.use.baseURL ?? "");
  for (const need of needed) {
    const key = `${target} ${need}`;
    if (!answers.has(key)) answers.set(key, PROBES[need](request));
    const missing = await answers.get(key);
    test.skip(missing !== null, `needs ${need}: ${missing}`);
  }
}
