/** The sandbox token the journeys' server is started with (e2e/playwright.config.ts). */
export const E2E_SANDBOX_TOKEN = process.env.E2E_SANDBOX_TOKEN ?? "e2e-sandbox-token-not-a-secret";

/** Headers for a call to a sandbox switch (/api/sandbox/**) from a test's own, non-local address. */
export const SANDBOX_HEADERS = { "x-sandbox-token": E2E_SANDBOX_TOKEN };
