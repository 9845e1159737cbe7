import "server-only";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { createHttpProvider } from "./http-provider";
import type { PaymentProvider } from "./provider";
import { createSandboxProvider } from "./sandbox-provider";

/**
 * The payment provider of this deployment: a payment gateway over HTTP (PAYMENTS_MODE=http, required in
 * production), or the built-in sandbox provider in process.
 */
export function paymentProvider(db: Db): PaymentProvider {
  const config = env();
  if (config.PAYMENTS_MODE === "http") {
    return createHttpProvider({
      url: config.PAYMENTS_PROVIDER_URL!,
      secret: config.PAYMENTS_PROVIDER_SECRET,
      name: paymentProviderName(),
    });
  }
  return createSandboxProvider(db);
}

/**
 * The provider's name on receipts: "sandbox" (in process, or this app's own sandbox gateway over HTTP),
 * else PAYMENTS_PROVIDER_NAME or the gateway's host.
 */
export function paymentProviderName(): string {
  const config = env();
  if (config.PAYMENTS_MODE !== "http") return "sandbox";
  if (config.PAYMENTS_PROVIDER_NAME) return config.PAYMENTS_PROVIDER_NAME;
  const gateway = new URL(config.PAYMENTS_PROVIDER_URL!);
  return gateway.pathname.replace(/\/+$/, "") === SANDBOX_GATEWAY_PATH ? "sandbox" : gateway.host;
}

/** Where this app serves the sandbox provider over HTTP (app/api/sandbox/provider). */
const SANDBOX_GATEWAY_PATH = "/api/sandbox/provider";

/** True where the sandbox provider's knobs (declining accounts) and its HTTP gateway may be used. */
export function sandboxPaymentsAvailable(): boolean {
  return env().APP_ENV === "sandbox";
}
