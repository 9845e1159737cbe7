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
    });
  }
  return createSandboxProvider(db);
}

/** The provider's name on receipts: "sandbox", or the gateway's host. */
export function paymentProviderName(): string {
  const config = env();
  return config.PAYMENTS_MODE === "http" ? new URL(config.PAYMENTS_PROVIDER_URL!).host : "sandbox";
}

/** True where the sandbox provider's knobs (declining accounts) and its HTTP gateway may be used. */
export function sandboxPaymentsAvailable(): boolean {
  return env().APP_ENV === "sandbox";
}
